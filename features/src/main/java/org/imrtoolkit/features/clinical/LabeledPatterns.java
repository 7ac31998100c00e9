package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.imrtoolkit.core.io.TsvResource;

/**
 * An ordered list of (label, pattern) rules read from a tab-separated resource: '#' comments, a
 * header line, then {@code label<TAB>regex}. Patterns match case-insensitively on whole words.
 */
final class LabeledPatterns {

    record Rule(String label, Pattern pattern) {
    }

    private LabeledPatterns() {
    }

    static List<Rule> load(Class<?> owner, String resource) {
        List<Rule> rules = new ArrayList<>();
        for (String[] cols : TsvResource.rows(owner, resource)) {
            if (cols.length < 2) {
                throw new IllegalStateException(resource + ": expected label<TAB>pattern, not " + String.join("\t", cols));
            }
            rules.add(new Rule(cols[0].strip(), Pattern.compile("(?<![\\w-])(?:" + cols[1].strip() + ")(?![\\w-])",
                    Pattern.CASE_INSENSITIVE)));
        }
        return List.copyOf(rules);
    }
}
