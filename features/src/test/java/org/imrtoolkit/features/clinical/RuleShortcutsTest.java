package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts of issue 19 (a rule's required words, its first characters) must never turn away a
 * text the rule matches: every match of every rule of the rules files and of the treatment table, on
 * the shared text letters, holds one of its words and starts with one of its characters.
 */
class RuleShortcutsTest {

    private static final Path LETTERS = Path.of("..", "..", "shared", "wc-letters", "txt");
    private static final String[] RULES = {"objective-findings.rules", "surgery-request.rules", "reasons.rules",
        "functional-improvement.rules", "initial-trial.rules"};

    @Test
    void requiredWordsOfHandWrittenRules() {
        assertEquals(Optional.of(Set.of(" weakness")), RequiredWords.of("(?:mild|moderate) weakness"));
        assertEquals(Optional.of(Set.of("fracture")), RequiredWords.of("fractures?"));
        assertEquals(Optional.of(Set.of("ray")), RequiredWords.of("x-?ray"));
        assertEquals(Optional.empty(), RequiredWords.of("(?:a|)b?"), "an alternative requiring nothing");
        assertEquals(Optional.empty(), RequiredWords.of("\\p{L}+"), "syntax it does not read");
        RequiredWords.Needles n = new RequiredWords.Needles(List.of("weakness", "g"));
        assertTrue(n.in(RequiredWords.lower("Motor WEAKNESS noted")));
        assertTrue(n.in("5 g"));
        assertFalse(n.in("power 5/5"));
    }

    @Test
    void firstCharsOfHandWrittenRules() {
        assertEquals(Optional.of("fpon"),
                FirstChars.of("(?:focal |progressive |objective )?neurologic(?:al)? deficits?"));
        assertEquals(Optional.empty(), FirstChars.of("a*"), "a rule that can match nothing");
        assertEquals(Optional.empty(), FirstChars.of("x.y|.z"), "a rule that can start anywhere");
    }

    @Test
    void noMatchOfARuleIsTurnedAwayOnTheSharedLetters() throws IOException {
        assumeTrue(Files.isDirectory(LETTERS), "no shared letters at " + LETTERS.toAbsolutePath());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(LETTERS)) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        List<String> rules = new ArrayList<>();
        for (String resource : RULES) {
            RuleSet.lines(RuleSet.class, resource).values().forEach(rules::addAll);
        }
        LabeledPatterns.load(TreatmentClassifier.class, "treatments.tsv").forEach(r -> rules.add(r.pattern().pattern()));
        LabeledPatterns.load(BodyRegions.class, "body-regions.tsv").forEach(r -> rules.add(r.pattern().pattern()));
        int matches = 0;
        int withWords = 0;
        for (String rule : rules) {
            Optional<Set<String>> words = RequiredWords.of(rule);
            Optional<String> first = FirstChars.of(rule);
            Pattern p = Pattern.compile(rule, Pattern.CASE_INSENSITIVE);
            Pattern start = first.map(c -> Pattern.compile("[" + c + "]", Pattern.CASE_INSENSITIVE)).orElse(null);
            RequiredWords.Needles needles = words.map(w -> new RequiredWords.Needles(List.copyOf(w))).orElse(null);
            for (String text : texts) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (m.end() == m.start()) {
                        continue;
                    }
                    matches++;
                    String found = m.group();
                    if (needles != null) {
                        withWords++;
                        assertTrue(needles.in(RequiredWords.lower(found)), rule + " matched '" + found + "' without " + words.get());
                    }
                    if (start != null) {
                        assertTrue(start.matcher(found.substring(0, 1)).matches(),
                                rule + " matched '" + found + "' starting outside [" + first.get() + "]");
                    }
                }
            }
        }
        assertTrue(matches > 10_000 && withWords > matches / 2, matches + " matches, " + withWords + " with words");
    }
}
