/** Reading the hand-labelled gold files, whose letters' text is read from the letters at test time. */
package org.imrtoolkit.features.gold;
