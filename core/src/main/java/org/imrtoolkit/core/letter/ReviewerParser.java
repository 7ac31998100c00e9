package org.imrtoolkit.core.letter;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the reviewer's credentials from the "HOW THE IMR FINAL DETERMINATION WAS MADE" section. */
final class ReviewerParser {

    private static final Pattern LICENSURE = Pattern.compile(
            "State\\(s\\) of Licensure:\\s*(.+?)\\s*(?=Certification\\(s\\)|CLINICAL CASE SUMMARY|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECIALTY = Pattern.compile(
            "Certification\\(s\\)\\s*/\\s*Specialty:\\s*(.+?)\\s*(?=State\\(s\\) of Licensure|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOARD = Pattern.compile(
            "Board Certified in\\s+(?<specialty>.+?)"
                    + "(?:,?\\s+(?:and\\s+)?has a subspecialty in\\s+(?<sub>.+?))?"
                    + ",?\\s+(?:and\\s+)?(?:is\\s+)?licensed to practice in\\s+(?<states>.+?)\\.(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);

    private ReviewerParser() {
    }

    static Reviewer parse(String credentials) {
        Matcher board = BOARD.matcher(credentials);
        if (board.find()) {
            String sub = board.group("sub");
            return new Reviewer(states(board.group("states")), board.group("specialty").strip(),
                    sub == null ? "" : sub.strip());
        }
        Matcher licensure = LICENSURE.matcher(credentials);
        Matcher specialty = SPECIALTY.matcher(credentials);
        List<String> states = licensure.find() ? states(licensure.group(1)) : List.of();
        String spec = specialty.find() ? specialty.group(1).strip() : "";
        return new Reviewer(states, spec, "");
    }

    /** "California,South Carolina", "Arizona, Texas" and "California and Nevada" alike. */
    private static List<String> states(String list) {
        return Arrays.stream(list.split(",|\\band\\b"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
