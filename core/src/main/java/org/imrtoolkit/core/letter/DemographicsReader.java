package org.imrtoolkit.core.letter;

import org.imrtoolkit.core.budget.TimeBudget;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads age, sex and date of injury from a case summary. */
final class DemographicsReader {

    /** Possessive spaces: "\\s*-?\\s*" split a run of spaces every way, quadratic in its length. */
    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,3})\\s*+-?\\s*+(?:year|yr)s?\\s*+-?\\s*+old\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEX_WORD = Pattern.compile(
            "\\b(female|male|woman|man|gentleman|lady)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHE = Pattern.compile("\\b(she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HE = Pattern.compile("\\b(he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Words that introduce the date of injury: "injury on", "injured on", "date of injury of", "DOI",
     * "occupational claim from". "injured worker" names the patient, not the injury.
     */
    private static final Pattern INJURY = Pattern.compile(
            "\\b(?:injury|injuries|injured(?!\\s+workers?\\b)|DOI|claim)\\b", Pattern.CASE_INSENSITIVE);
    /** How far after "injury" its date may stand: "injury date of", "work related injury on". */
    private static final int INJURY_DATE_WINDOW = 60;
    /** A date in the next sentence belongs to something else. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+[A-Z]");

    private DemographicsReader() {
    }

    static Demographics read(String summary, LetterHeader header) {
        Matcher age = AGE.matcher(TimeBudget.guard(summary));
        Integer years = null;
        int sexFrom = 0;
        if (age.find()) {
            int value = Integer.parseInt(age.group(1));
            if (value > 0 && value < 120) {
                years = value;
            }
            sexFrom = age.end();
        }
        Optional<LetterDates.Dated> injury = injuryDate(summary);
        // The header's date is the claim's own record; a summary may only mention a report date.
        LocalDate doi = header.dateOfInjury() != null ? header.dateOfInjury()
                : injury.map(LetterDates.Dated::date).orElse(null);
        String doiText = injury.map(LetterDates.Dated::text).orElse("");
        return new Demographics(years, sex(summary, sexFrom), doi, doiText);
    }

    /** The sex word after the age ("a 51 year old female"), else anywhere, else the pronouns used. */
    private static Sex sex(String summary, int from) {
        Matcher word = SEX_WORD.matcher(TimeBudget.guard(summary));
        if (word.find(from) || word.find(0)) {
            String w = word.group(1).toLowerCase(java.util.Locale.ROOT);
            return w.equals("female") || w.equals("woman") || w.equals("lady") ? Sex.FEMALE : Sex.MALE;
        }
        long she = SHE.matcher(TimeBudget.guard(summary)).results().count();
        long he = HE.matcher(TimeBudget.guard(summary)).results().count();
        if (she > he) {
            return Sex.FEMALE;
        }
        return he > she ? Sex.MALE : Sex.UNKNOWN;
    }

    private static Optional<LetterDates.Dated> injuryDate(String summary) {
        Matcher injury = INJURY.matcher(TimeBudget.guard(summary));
        while (injury.find()) {
            int end = Math.min(summary.length(), injury.end() + INJURY_DATE_WINDOW);
            String window = summary.substring(injury.end(), end);
            Matcher sentenceEnd = SENTENCE_END.matcher(TimeBudget.guard(window));
            if (sentenceEnd.find()) {
                window = window.substring(0, sentenceEnd.start());
            }
            Optional<LetterDates.Dated> date = LetterDates.find(window);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
