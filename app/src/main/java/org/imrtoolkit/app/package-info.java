/**
 * The application layer: one job per use case (parse, features, train, evaluate, predict, reasons,
 * model-info; load, query, export and the corpus report of the DuckDB store), all reading their inputs through one {@link org.imrtoolkit.app.CaseStream} so that
 * parallelism, ordering, duplicate ids and bad inputs behave the same in every command. The command
 * line only builds a job and its {@link org.imrtoolkit.app.Context}.
 */
package org.imrtoolkit.app;
