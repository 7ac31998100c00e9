/**
 * The vocabulary of reasons a denial gives (exceeds the guideline's limit, no functional
 * improvement, no trial of conservative care, ...), as one rule file read by both of its users: the
 * reasons tagger on an IMR rationale, and the clinical features on the case summary's account of the
 * utilization review. Each applies the shared rules to its own text.
 */
package org.imrtoolkit.features.vocabulary;
