/**
 * Getting letters in and results out: finding letter files under the inputs
 * ({@link org.imrtoolkit.core.io.LetterFiles#walk}, which reports bad entries and goes on), reading a
 * letter's text from a {@code .txt} or a text-layer {@code .pdf} within bounds
 * ({@link org.imrtoolkit.core.io.LetterReader.Limits}), reading CSV inputs
 * ({@link org.imrtoolkit.core.io.CaseInputs}), writing the parsed items as CSV with formula-safe cells
 * ({@link org.imrtoolkit.core.io.CsvCells}), and writing any output file atomically and synced
 * ({@link org.imrtoolkit.core.io.AtomicFile}) after checking every output before the work
 * ({@link org.imrtoolkit.core.io.OutputTargets}).
 *
 * <p>The pieces a command wires per input: a {@link org.imrtoolkit.core.budget.TimeBudget} around the work
 * on each letter, {@link org.imrtoolkit.core.io.InputErrors} for whatever it throws (an
 * {@code Error} included), {@link org.imrtoolkit.core.io.Messages#escape} on every path and text put
 * in a message, and {@link org.imrtoolkit.core.io.Stdout} for a result written to stdout.
 */
package org.imrtoolkit.core.io;
