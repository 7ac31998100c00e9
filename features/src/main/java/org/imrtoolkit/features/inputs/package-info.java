/**
 * A {@link org.imrtoolkit.core.letter.Case} read into what a model takes as input, before any
 * encoding: its clinical features with evidence, its lexical terms and categorical columns. Holds
 * no label; training keeps the decision beside it.
 */
package org.imrtoolkit.features.inputs;
