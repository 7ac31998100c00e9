/**
 * From a case to a sparse vector: the named clinical features, categorical columns and lexical
 * TF-IDF terms, each with a readable name so that a prediction can say which pushed it.
 */
package org.imrtoolkit.model.encode;
