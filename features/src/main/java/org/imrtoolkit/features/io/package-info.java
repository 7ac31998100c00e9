/** Writing features out: the features CSV and the evidence as JSON lines. */
package org.imrtoolkit.features.io;
