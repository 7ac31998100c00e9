/**
 * An embedded analytical store of decided letters (one DuckDB file, no server): the schema, the
 * loader that replaces each letter's rows in one transaction, read-only queries, Parquet export and
 * the figures of the corpus report. {@link org.imrtoolkit.store.Toolkit} is the one class that
 * calls the toolkit's other modules (parsing, features, reasons, prediction).
 */
package org.imrtoolkit.store;
