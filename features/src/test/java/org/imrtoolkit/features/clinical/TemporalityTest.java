package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The temporality rules compile to exactly the expressions the readers used when they were written
 * in Java, so that moving them into a resource changed no feature.
 */
class TemporalityTest {

    @Test
    void sectionsCompileToTheFormerExpressions() {
        assertEquals("\\b(?:prior|previous|previously|completed|attended|to date|so far|at least|participated|underwent"
                + "|undergone|finished|thus far|already|included|includes|include|including|had|has had|have had"
                + "|received|total of|since|used|tried)\\b", Temporality.words("past.prior-visits").pattern());
        assertEquals("\\b(?:prior|previous|completed)\\b", Temporality.words("past.within-count").pattern());
        assertEquals("\\b(?:request\\w*|recommend\\w*|authoriz\\w*|certif\\w*|modified|approv\\w*|plan\\w*|prescrib\\w*"
                + "|order\\w*|additional|more|further|remaining|RFA|denied|deni\\w+|non-?certif\\w*)\\b",
                Temporality.words("requested.prior-visits").pattern());
        assertEquals("^\\W*(?:completed|to date|so far|thus far|attended)\\b",
                Temporality.leading("past.after-count").pattern());
        assertEquals("\\b(?:request\\w*|recommend\\w*|authoriz\\w*|RFA|asking|prescribed|ordered|plan\\w*)\\b",
                Temporality.words("requested.sessions").pattern());
        assertEquals("\\b(?:additional|continued|continue|continuation|ongoing|included|includes|include|including"
                + "|treatment to date|treated with|completed|attended|had|has had"
                + "|have had|prior|previous|previously|tried|failed|underwent|undergone|in the past|history of"
                + "|participated|received|with some relief|with no|without)\\b", Temporality.words("past.prior-therapy").pattern());
        assertEquals("\\b(?:status post|s/p|post-?op\\w*|postoperative|post-surgical|postsurgical|underwent|undergone|had|has had"
                + "|history of|surgical history|performed|included|including|prior|previous|previously|since|after|following"
                + "|dated?|on)\\b", Temporality.words("past.surgery").pattern());
        assertEquals("\\b(?:request\\w*|recommend\\w*|candidate|consult\\w*|RFA|proposed|propos\\w*|desires?|wish\\w*|wants?"
                + "|would (?:like|benefit|need|require)|(?:is|was) to (?:undergo|have)|will (?:undergo|have|need|require)"
                + "|indicated for|planned|scheduled|pending|upcoming|anticipated|awaiting|future|possible|potential|pre-?op\\w*"
                + "|authoriz\\w*|certif\\w*"
                + "|consider\\w*|referr\\w*|evaluat\\w*|denied|not a surgical|no surg\\w*|non-?surgical|nonoperative"
                + "|conservative|avoid surgery|need for surgery)\\b",
                Temporality.words("requested.surgery", "planned.surgery", "requested.surgery-review", "denied.surgery")
                        .pattern());
    }

    @Test
    void matchesCaseInsensitivelyAsWholeWords() {
        assertTrue(Temporality.words("past.prior-visits").matcher("She HAS HAD therapy").find());
        assertFalse(Temporality.words("past.within-count").matcher("priority").find());
    }
}
