package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrtoolkit.core.letter.LetterItems;
import org.imrtoolkit.core.nlp.Sentence;

/**
 * Whether an item is a service that goes with a surgery or procedure requested now (assistant
 * surgeon, pre-operative clearance and tests, post-operative therapy, equipment and medication, the
 * stay), and which of the letter's items is that procedure. Reads the item, the letter's other item
 * lines and the summary, with the rules of {@code surgery-request.rules}:
 * <ul>
 *   <li>an item that is a procedure itself (typed surgery, with no word that ties it to another)
 *       is not a dependent;</li>
 *   <li>a pre-operative word ("pre-op labs", "PA assist", "medical clearance") makes it one;</li>
 *   <li>a post-operative word makes it one when the letter's items hold a procedure or the summary
 *       reports a surgery requested or planned; therapy after a surgery already done is not;</li>
 *   <li>a companion service (cold therapy unit, CPM, inpatient stay, EKG, sling) makes it one when
 *       the letter's items hold a procedure.</li>
 * </ul>
 * The procedure is the letter's other item typed surgery, the first of those that shares a body
 * region with the item when several do. Thread-safe.
 */
public final class SurgeryRequest {

    /**
     * What was found for one item.
     *
     * @param dependent     the item goes with a surgery requested now
     * @param marker        the item's words that tie it to the surgery; null when not a dependent
     * @param procedureItem the letter's item (from 1) that is the procedure; null when the procedure
     *                      is not among the letter's items, or the item is not a dependent
     * @param procedure     the words of the procedure item that name the surgery; null with no procedure item
     */
    public record Finding(boolean dependent, Match<String> marker, Integer procedureItem, Match<String> procedure) {

        static final Finding NONE = new Finding(false, null, null, null);
    }

    private final Pattern preOperative;
    private final Pattern postOperative;
    private final Pattern companion;
    private final Pattern surgery;
    private final Pattern requested;
    private final Pattern notProcedure;
    private final TreatmentClassifier treatments;
    private final BodyRegions regions;
    private final RuleSet rules;

    public SurgeryRequest(TreatmentClassifier treatments, BodyRegions regions) {
        rules = RuleSet.load(SurgeryRequest.class, "surgery-request.rules");
        preOperative = rules.section("pre-operative");
        postOperative = rules.section("post-operative");
        companion = rules.section("companion");
        surgery = rules.section("surgery");
        requested = rules.section("requested");
        notProcedure = rules.section("not-procedure");
        this.treatments = treatments;
        this.regions = regions;
    }

    /** The item's place in a surgery request; {@code summary} is the case summary in sentences. */
    public Finding find(String item, LetterItems letter, TextUnit summary) {
        String lower = RequiredWords.lower(item);
        Optional<Match<String>> pre = first("pre-operative", preOperative, item, lower);
        Optional<Match<String>> post = first("post-operative", postOperative, item, lower);
        Optional<Match<String>> with = first("companion", companion, item, lower);
        // A procedure itself (isProcedure) has none of these words either.
        if (pre.isEmpty() && post.isEmpty() && with.isEmpty()) {
            return Finding.NONE;
        }
        Optional<Procedure> procedure = procedure(item, letter);
        Integer number = procedure.map(Procedure::number).orElse(null);
        Match<String> words = procedure.map(Procedure::words).orElse(null);
        if (pre.isPresent()) {
            return new Finding(true, pre.get(), number, words);
        }
        if (post.isPresent() && (procedure.isPresent() || surgeryRequested(summary))) {
            return new Finding(true, post.get(), number, words);
        }
        if (with.isPresent() && procedure.isPresent()) {
            return new Finding(true, with.get(), number, words);
        }
        return Finding.NONE;
    }

    /**
     * A procedure itself: typed surgery, or naming one and asking for no consultation about it
     * ("Right knee arthroscopy with evaluation of ACL" is typed 'other' for its "evaluation"), with no
     * word that makes it a service of another surgery.
     */
    boolean isProcedure(String item) {
        return isProcedure(item, treatments.classify(item));
    }

    /** {@link #isProcedure(String)} of an item {@code treatments} classified as {@code type}. */
    private boolean isProcedure(String item, Match<TreatmentType> type) {
        // Read for every other item of the letter, for each item: the word tests spare most searches.
        String lower = RequiredWords.lower(item);
        boolean surgical = type.value() == TreatmentType.SURGERY
                || (finds("surgery", surgery, item, lower) && !finds("not-procedure", notProcedure, item, lower));
        return surgical && !finds("pre-operative", preOperative, item, lower)
                && !finds("post-operative", postOperative, item, lower) && !finds("companion", companion, item, lower);
    }

    private record Procedure(int number, Match<String> words) {
    }

    private Optional<Procedure> procedure(String item, LetterItems letter) {
        Set<BodyRegion> own = regions.in(item);
        Procedure first = null;
        for (int n = 1; n <= letter.texts().size(); n++) {
            if (n == letter.self()) {
                continue;
            }
            String other = letter.text(n);
            Match<TreatmentType> type = treatments.classify(other);
            if (!isProcedure(other, type)) {
                continue;
            }
            Matcher named = surgery.matcher(other);
            Procedure p = named.find() ? new Procedure(n, new Match<>(named.group(), named.start(), named.end()))
                    : new Procedure(n, new Match<>(other.substring(type.begin(), type.end()), type.begin(), type.end()));
            if (first == null) {
                first = p;
            }
            if (!own.isEmpty() && regions.in(other).stream().anyMatch(own::contains)) {
                return Optional.of(p);
            }
        }
        return Optional.ofNullable(first);
    }

    /** Whether a summary sentence asks for, plans or schedules a surgery. */
    boolean surgeryRequested(TextUnit summary) {
        for (Sentence s : summary.sentences()) {
            String text = s.text(summary.text());
            String lower = RequiredWords.lower(text);
            // Read for every item of a letter: the word tests spare most sentences both searches.
            if (!rules.mayMatch("surgery", lower) || !rules.mayMatch("requested", lower)) {
                continue;
            }
            if (surgery.matcher(text).find() && requested.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the section's pattern finds a match, searched only when the text holds its words. */
    private boolean finds(String section, Pattern p, String text, String lower) {
        return rules.mayMatch(section, lower) && p.matcher(text).find();
    }

    private Optional<Match<String>> first(String section, Pattern p, String text, String lower) {
        if (!rules.mayMatch(section, lower)) {
            return Optional.empty();
        }
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(new Match<>(m.group(), m.start(), m.end())) : Optional.empty();
    }

    /** For tests: the item's finding against the other items only, with no summary. */
    Finding find(String item, List<String> letterItems, int self) {
        return find(item, new LetterItems(letterItems, self), new TextUnit("summary", "", List.of()));
    }
}
