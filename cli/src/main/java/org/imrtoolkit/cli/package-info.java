/**
 * The {@code imr} command line: one picocli command per job, each only wiring the modules
 * together. Results go to files or stdout; messages and progress go to stderr.
 */
package org.imrtoolkit.cli;
