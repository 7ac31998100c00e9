/**
 * The {@code imr} command line: one picocli command per job of {@code org.imrtoolkit.app}, typed
 * options and their converters, and the two handlers that turn invalid usage (exit 2) and
 * failures (exit 1) into one line on stderr. Results go to files or stdout; messages and progress
 * go to stderr.
 */
package org.imrtoolkit.cli;
