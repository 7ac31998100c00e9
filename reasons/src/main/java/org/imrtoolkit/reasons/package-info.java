/**
 * The reasons a reviewer gives in a decided letter's rationale (exceeds the guideline's visit
 * limit, no functional improvement, home exercise program, ...). Analysis of decided letters only:
 * the rationale is read here and nowhere else, and nothing here is ever a model input.
 */
package org.imrtoolkit.reasons;
