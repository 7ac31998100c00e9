/**
 * Getting letters in and results out: finding letter files under the inputs, reading a letter's
 * text from a {@code .txt} or a text-layer {@code .pdf}, writing the parsed items as CSV, and
 * writing any output file atomically so that a failed or killed run leaves no half-written file.
 */
package org.imrtoolkit.core.io;
