/**
 * The application's output files: written whole or not at all (stdout when no file is named),
 * and the CSV of skipped inputs.
 */
package org.imrtoolkit.app.io;
