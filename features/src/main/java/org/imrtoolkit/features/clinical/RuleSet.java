package org.imrtoolkit.features.clinical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sections of regular expressions read from a resource file: "[section]" headings, one expression a
 * line, '#' comments. Each expression matches case-insensitively on word boundaries.
 */
public final class RuleSet {

    private final Map<String, Pattern> sections;
    private final Map<String, RequiredWords.Needles> words;

    private RuleSet(Map<String, Pattern> sections, Map<String, RequiredWords.Needles> words) {
        this.sections = sections;
        this.words = words;
    }

    public static RuleSet load(Class<?> owner, String resource) {
        Map<String, Pattern> sections = new LinkedHashMap<>();
        Map<String, RequiredWords.Needles> words = new LinkedHashMap<>();
        lines(owner, resource).forEach((name, rules) -> {
            sections.put(name, alternation(rules));
            RequiredWords.ofAny(rules).ifPresent(w -> words.put(name, new RequiredWords.Needles(w)));
        });
        return new RuleSet(sections, words);
    }

    /**
     * Whether a section may match a text (lower-cased by {@link RequiredWords#lower}): false only
     * when the text holds none of the words its every rule requires, so a caller may skip the search.
     */
    boolean mayMatch(String name, String lowerText) {
        section(name);
        RequiredWords.Needles w = words.get(name);
        return w == null || w.in(lowerText);
    }

    /** The expressions of each section of a rules resource, in the file's order. */
    static Map<String, List<String>> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, List<String>> lines = new LinkedHashMap<>();
            String section = null;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    lines.putIfAbsent(section, new ArrayList<>());
                } else if (section == null) {
                    throw new IllegalStateException(resource + ":" + number + ": rule outside a [section]");
                } else {
                    lines.get(section).add(t);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Longer rules first, so that "no documentation of" wins over "no". A run of rules that start
     * on a word shares one test of the word's start, {@code (?<![\\w-])(?:A(?![\\w-])|B(?![\\w-]))}:
     * the same matches as testing it before each rule (the test reads no text), but made once a
     * position instead of once a rule and position, which is most of the time these patterns take.
     */
    private static Pattern alternation(List<String> rules) {
        List<String> sorted = new ArrayList<>(rules);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder regex = new StringBuilder();
        boolean inWordRun = false;
        for (String rule : sorted) {
            boolean word = Character.isLetterOrDigit(rule.charAt(0)) || rule.startsWith("\\b");
            if (inWordRun && !word) {
                regex.append(')');
                inWordRun = false;
            }
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            if (word && !inWordRun) {
                regex.append("(?<![\\w-])(?:");
                inWordRun = true;
            }
            regex.append("(?:").append(rule).append(word ? ")(?![\\w-])" : ")");
        }
        if (inWordRun) {
            regex.append(')');
        }
        // The same matches, fewer tries: where no rule can start, one class test instead of every rule.
        StringBuilder first = new StringBuilder();
        for (String rule : sorted) {
            Optional<String> chars = FirstChars.of(rule);
            if (chars.isEmpty()) {
                return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
            }
            first.append(chars.get());
        }
        if (first.isEmpty()) {
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
        }
        return Pattern.compile("(?=[" + first + "])(?:" + regex + ")", Pattern.CASE_INSENSITIVE);
    }

    public boolean has(String name) {
        return sections.containsKey(name);
    }

    public Pattern section(String name) {
        Pattern p = sections.get(name);
        if (p == null) {
            throw new IllegalStateException("no section [" + name + "]");
        }
        return p;
    }
}
