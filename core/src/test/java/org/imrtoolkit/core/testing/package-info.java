/** Test helpers shared with the other modules through the core test-jar. */
package org.imrtoolkit.core.testing;
