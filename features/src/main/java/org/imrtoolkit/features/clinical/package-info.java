/**
 * Clinical features of a case, each found by rules an analyst can read and each keeping the text
 * it came from: requested sessions, prior visits, functional improvement (with negation), treatment
 * type, body regions, surgery, guideline limits, utilization review and work status. The rules'
 * word lists live in resource files beside the classes.
 */
package org.imrtoolkit.features.clinical;
