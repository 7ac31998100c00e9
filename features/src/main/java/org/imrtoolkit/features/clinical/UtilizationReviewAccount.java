package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrtoolkit.core.nlp.Sentence;
import org.imrtoolkit.core.io.TsvResource;
import org.imrtoolkit.features.clinical.ReasonRules;

/**
 * The case summary's account of the utilization review (UR): which requests it non-certified or
 * modified, and the reasons it cited ("The utilization review dated 12-01-2016 non-certified the
 * request for an MRI of the lumbar spine, due to a lack of documented conservative care").
 *
 * <p>A summary sentence is read as UR decisions when it holds a decision ({@code summary:ur-non-certified},
 * {@code summary:ur-modified}) and either names the UR ({@code summary:ur-actor}) or speaks of the
 * request. A sentence with several decisions ("... resulted in non-certification of the MRI due to
 * ..., and modification for an initial 6 sessions of chiropractic ...") is split into one clause a
 * decision, at the last comma, semicolon or "and" before each next decision. A clause's reasons are
 * read, with the shared reason vocabulary of {@link ReasonRules}, from where its cause begins ("due
 * to", "given", "as", "citing", ...) to its end; a modification to the guideline's initial trial
 * is {@code exceeds_guideline_limit}.
 *
 * <p>An item takes the clauses whose request names one of its treatment words (or a word of the same
 * meaning, {@code ur-item-words.tsv}), and where several do, those that name most of its body
 * regions; else the clauses that name its treatment type ("the requested medications"); else the
 * clauses that name no treatment at all ("The Utilization Review dated 11-16-16 denied the
 * request"), the letter's account. A decision in the sentence after one about the UR or the request
 * is read too ("The previous denial ... was on 12/16/2016. Physical therapy was denied due to ...").
 * Thread-safe.
 */
public final class UtilizationReviewAccount {

    /**
     * One decision the summary reports, with the reasons it cites.
     *
     * @param decision       non-certified or modified
     * @param decisionSpan   the words of the decision, as offsets into the summary
     * @param request        the clause's words before its cause: what was decided on
     * @param namesTreatment whether {@code request} names any treatment (else it is the letter's account)
     * @param reasons        the reasons cited, each with its span in the summary
     */
    public record Clause(UrDecision decision, Match<UrDecision> decisionSpan, String request, boolean namesTreatment,
                         Map<UrReason, Match<Boolean>> reasons) {

        public Clause {
            Objects.requireNonNull(decision, "decision");
            reasons = reasons.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reasons));
        }
    }

    /**
     * What the summary says the UR did with one item, and why.
     *
     * @param decision the decision; {@link UrDecision#UNKNOWN} when the summary reports none
     * @param evidence the words of the decision, as offsets into the summary; null when unknown
     * @param reasons  the reasons cited, each with its span in the summary
     */
    public record ItemAccount(UrDecision decision, Match<UrDecision> evidence, Map<UrReason, Match<Boolean>> reasons) {

        public ItemAccount {
            Objects.requireNonNull(decision, "decision");
            reasons = reasons.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reasons));
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile(";|,\\s*(?:and\\s+)?|\\band\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private final ReasonRules rules;
    private final Pattern actor;
    private final Pattern request;
    private final Pattern nonCertified;
    private final Pattern modified;
    private final Pattern notDecision;
    private final Pattern cause;
    private final Pattern trial;
    private final TreatmentClassifier treatments = new TreatmentClassifier();
    private final BodyRegions regions = new BodyRegions();
    private final Set<String> stopWords = new HashSet<>();
    private final Set<String> accountWords = new HashSet<>();
    private final Map<String, String> sameAs = new HashMap<>();
    private final Map<TreatmentType, Pattern> typeWords = new EnumMap<>(TreatmentType.class);

    public UtilizationReviewAccount(ReasonRules rules) {
        this.rules = rules;
        actor = rules.section("summary:ur-actor");
        request = rules.section("summary:ur-request");
        nonCertified = rules.section("summary:ur-non-certified");
        modified = rules.section("summary:ur-modified");
        notDecision = rules.section("summary:ur-not-decision");
        cause = rules.section("summary:ur-cause");
        trial = rules.section("summary:ur-trial");
        for (String[] row : TsvResource.rows(UtilizationReviewAccount.class, "ur-item-words.tsv")) {
            switch (row[0].strip()) {
                case "stop" -> stopWords.addAll(List.of(row[1].strip().split("\\|")));
                case "same" -> sameAs.put(row[1].strip(), row[2].strip());
                case "type" -> typeWords.put(TreatmentType.ofLabel(row[1].strip()), wholeWords(row[2].strip()));
                case "account" -> accountWords.addAll(List.of(row[1].strip().split("\\|")));
                default -> throw new IllegalStateException("ur-item-words.tsv: unknown kind " + row[0]);
            }
        }
    }

    /** The UR decisions a summary reports, in the order it reports them. */
    public List<Clause> clauses(TextUnit summary) {
        List<Clause> out = new ArrayList<>();
        List<Sentence> sentences = summary.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = s.text(summary.text());
            // Most sentences hold no decision: whether they speak of the UR is asked only of those
            // that do, and of the sentence before them.
            List<Match<UrDecision>> decisions = decisions(text);
            // "The previous denial for the requests below was on 12/16/2016. Physical therapy was
            // denied due to ...": a decision right after a sentence about the UR or the request is its.
            boolean read = !decisions.isEmpty()
                    && (speaksOfUr(text) || i > 0 && speaksOfUr(sentences.get(i - 1).text(summary.text())));
            if (!read) {
                continue;
            }
            int n = decisions.size();
            int[] starts = new int[n + 1];
            starts[n] = text.length();
            for (int j = 1; j < n; j++) {
                starts[j] = split(text, decisions.get(j - 1).end(), decisions.get(j).begin());
            }
            for (int j = 0; j < n; j++) {
                out.add(clause(text, s.begin(), starts[j], starts[j + 1], decisions.get(j)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The clauses tied to an item by its words (where several are, those naming most of its body
     * regions), else the letter's account.
     */
    public ItemAccount forItem(List<Clause> clauses, String item) {
        if (clauses.isEmpty()) {
            return new ItemAccount(UrDecision.UNKNOWN, null, Map.of());
        }
        List<Clause> tied = tied(clauses, words(item));
        if (tied.isEmpty()) {
            // "the requested medications were non-certified": the words of the item's treatment type.
            Pattern type = typeWords.get(treatments.classify(item).value());
            tied = type == null ? List.of() : tied(clauses, List.of(type));
        }
        if (tied.size() > 1) {
            Set<BodyRegion> itemRegions = regionsOf(item);
            int best = tied.stream().mapToInt(c -> shared(itemRegions, c.request())).max().orElse(0);
            if (best > 0) {
                tied = tied.stream().filter(c -> shared(itemRegions, c.request()) == best).toList();
            }
        }
        if (tied.isEmpty()) {
            tied = clauses.stream().filter(c -> !c.namesTreatment()).toList();
        }
        if (tied.isEmpty()) {
            // The summary names other requests only: every disputed item was denied or modified by
            // the UR, but the reasons given for the others are not this item's.
            Clause first = clauses.stream().filter(c -> c.decision() == UrDecision.NON_CERTIFIED).findFirst()
                    .orElse(clauses.getFirst());
            return new ItemAccount(first.decision(), first.decisionSpan(), Map.of());
        }
        Clause decided = tied.stream().filter(c -> c.decision() == UrDecision.MODIFIED).findFirst().orElse(tied.getFirst());
        Map<UrReason, Match<Boolean>> reasons = new EnumMap<>(UrReason.class);
        for (Clause c : tied) {
            c.reasons().forEach(reasons::putIfAbsent);
        }
        return new ItemAccount(decided.decision(), decided.decisionSpan(), reasons);
    }

    private Clause clause(String text, int offset, int begin, int end, Match<UrDecision> decision) {
        Matcher c = cause.matcher(text);
        c.region(decision.begin(), end);
        c.useTransparentBounds(true);
        int causeAt = c.find() ? c.start() : end;
        String requested = text.substring(begin, causeAt);
        Map<UrReason, Match<Boolean>> reasons = new EnumMap<>(UrReason.class);
        if (causeAt < end) {
            rules.reasonsApplied(text.substring(causeAt, end)).forEach((label, m) -> {
                if (ReasonRules.REASONS.contains(label) && !label.equals("adjunct_to_denied")) {
                    reasons.put(UrReason.valueOf(label.toUpperCase(Locale.ROOT)),
                            new Match<>(true, offset + causeAt + m.begin(), offset + causeAt + m.end()));
                }
            });
        }
        if (decision.value() == UrDecision.MODIFIED) {
            Matcher t = trial.matcher(text);
            t.region(decision.begin(), end);
            t.useTransparentBounds(true);
            if (t.find()) {
                reasons.putIfAbsent(UrReason.EXCEEDS_GUIDELINE_LIMIT, new Match<>(true, offset + t.start(), offset + t.end()));
            }
        }
        return new Clause(decision.value(), new Match<>(decision.value(), offset + decision.begin(), offset + decision.end()),
                requested, namesTreatment(requested), reasons);
    }

    private boolean speaksOfUr(String sentence) {
        return actor.matcher(sentence).find() || request.matcher(sentence).find();
    }

    /** Every decision in a sentence, in order; where two overlap, the longer. */
    private List<Match<UrDecision>> decisions(String text) {
        List<Match<UrDecision>> found = new ArrayList<>();
        collect(modified, UrDecision.MODIFIED, text, found);
        collect(nonCertified, UrDecision.NON_CERTIFIED, text, found);
        if (found.isEmpty()) {
            return found;
        }
        List<int[]> excluded = new ArrayList<>();
        Matcher x = notDecision.matcher(text);
        while (x.find()) {
            excluded.add(new int[] {x.start(), x.end()});
        }
        found.removeIf(m -> excluded.stream().anyMatch(e -> m.begin() < e[1] && m.end() > e[0]));
        found.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : Integer.compare(b.end() - b.begin(), a.end() - a.begin()));
        List<Match<UrDecision>> kept = new ArrayList<>();
        for (Match<UrDecision> m : found) {
            Match<UrDecision> last = kept.isEmpty() ? null : kept.getLast();
            if (last != null && m.begin() < last.end()) {
                if (m.end() - m.begin() > last.end() - last.begin()) {
                    kept.set(kept.size() - 1, m);
                }
                continue;
            }
            kept.add(m);
        }
        return kept;
    }

    private static void collect(Pattern p, UrDecision decision, String text, List<Match<UrDecision>> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(new Match<>(decision, m.start(), m.end()));
        }
    }

    /** Where the clause of the next decision begins: after the last boundary before it. */
    private static int split(String text, int from, int to) {
        Matcher m = BOUNDARY.matcher(text);
        m.region(from, to);
        int at = to;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    private static List<Clause> tied(List<Clause> clauses, List<Pattern> words) {
        return clauses.stream().filter(c -> words.stream().anyMatch(w -> w.matcher(c.request()).find())).toList();
    }

    /** Whether a clause's request holds a word other than those of the account itself, dates and body parts. */
    private boolean namesTreatment(String request) {
        Matcher m = WORD.matcher(request.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 1 && !stopWords.contains(w) && !accountWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Set<BodyRegion> regionsOf(String text) {
        Set<BodyRegion> found = EnumSet.noneOf(BodyRegion.class);
        regions.find(text).forEach(m -> found.add(m.value()));
        return found;
    }

    private int shared(Set<BodyRegion> item, String request) {
        Set<BodyRegion> both = regionsOf(request);
        both.retainAll(item);
        return both.size();
    }

    private static Pattern wholeWords(String alternatives) {
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    /** An item's treatment words and their other names, as whole-word patterns. */
    private List<Pattern> words(String item) {
        List<Pattern> out = new ArrayList<>();
        Matcher m = WORD.matcher(item.toLowerCase(Locale.ROOT));
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            String w = m.group();
            if (w.length() < 2 || stopWords.contains(w) || !seen.add(w)) {
                continue;
            }
            String stem = w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
            String alternatives = Pattern.quote(stem) + "(?:s|es)?";
            String same = sameAs.get(w);
            if (same != null) {
                alternatives += "|" + same;
            }
            out.add(wholeWords(alternatives));
        }
        return out;
    }
}
