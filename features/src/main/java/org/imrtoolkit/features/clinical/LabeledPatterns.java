package org.imrtoolkit.features.clinical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Rule> rules = new ArrayList<>();
            boolean header = true;
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected label<TAB>pattern");
                }
                rules.add(new Rule(cols[0].strip(), Pattern.compile("(?<![\\w-])(?:" + cols[1].strip() + ")(?![\\w-])",
                        Pattern.CASE_INSENSITIVE)));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
