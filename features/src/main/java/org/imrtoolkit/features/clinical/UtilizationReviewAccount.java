package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.imrtoolkit.core.nlp.Sentence;
import org.imrtoolkit.core.io.TsvResource;

/**
 * The case summary's account of the utilization review (UR): which requests it non-certified or
 * modified, and the reasons it cited ("The utilization review dated 12-01-2016 non-certified the
 * request for an MRI of the lumbar spine, due to a lack of documented conservative care").
 *
 * <p>A summary sentence is read as UR decisions when it holds a decision ({@code summary:ur-non-certified},
 * {@code summary:ur-modified}, less the words of {@code summary:ur-not-decision}: modified duty or
 * work, activity modification, a doctor's change of medication, the patient's "denied any numbness")
 * and either names the UR ({@code summary:ur-actor}) or speaks of the request, or stands in a run of
 * such sentences ("The previous denial ... was on 12/16/2016. Physical therapy was denied due to
 * ..."; one sentence without a decision may stand between). A sentence with several decisions ("...
 * resulted in non-certification of the MRI due to ..., and modification for an initial 6 sessions
 * of chiropractic ...") is split into one clause a decision, at the last comma, semicolon or "and"
 * before each next decision; a decision word inside the cause of the one before ("denied as the
 * surgery was not certified", {@code summary:ur-subordinate}) is part of that cause. A decision whose
 * cause goes on to other requests with causes of their own ("denied the MRI due to ..., the
 * acupuncture due to ...", {@code summary:ur-request-cause}) gives a clause per request. A clause's
 * reasons are read, with the shared reason vocabulary of {@link ReasonRules}, from where its cause
 * begins ("due to", "given", "as", "citing", ...) to its end; a modification to the guideline's
 * initial trial is {@code exceeds_guideline_limit}; "denied for the same rationale"
 * ({@code summary:ur-same-reason}) takes the reasons of the decision before it.
 *
 * <p>An item takes the clauses whose request names one of its treatment words (or a word of the same
 * meaning, {@code ur-item-words.tsv}), and where several do, those that name most of its body
 * regions; else the clauses that name its treatment type ("the requested medications"); else the
 * clauses that name no treatment at all ("The Utilization Review dated 11-16-16 denied the
 * request"), the letter's account, whose reasons also reach every item of the same decision. A
 * summary that tells the UR's decision on other requests only leaves the item {@code unknown}. The
 * clauses an item's decision and reasons came from are its evidence: the words about this item.
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
     * @param begin          where the clause begins in the summary: the words about this request only
     * @param end            where it ends
     * @param parts          the conjuncts of its cause when it has two or more, each with its own reasons
     *                       ("due to evidence that the patient had been using cyclobenzaprine for an
     *                       extended duration of time, no documented ongoing gastrointestinal complaints to
     *                       support the ongoing use of famotidine, and ..."); empty otherwise
     */
    public record Clause(UrDecision decision, Match<UrDecision> decisionSpan, String request, boolean namesTreatment,
                         Map<DenialReason, Match<Boolean>> reasons, int begin, int end, List<CausePart> parts) {

        public Clause {
            Objects.requireNonNull(decision, "decision");
            reasons = reasons.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reasons));
            parts = List.copyOf(parts);
        }

        Clause withReasons(Map<DenialReason, Match<Boolean>> more) {
            Map<DenialReason, Match<Boolean>> all = new EnumMap<>(DenialReason.class);
            all.putAll(reasons);
            more.forEach(all::putIfAbsent);
            return new Clause(decision, decisionSpan, request, namesTreatment, all, begin, end, parts);
        }

        Clause endingAt(int newEnd) {
            return new Clause(decision, decisionSpan, request, namesTreatment, reasons, begin, Math.max(end, newEnd), parts);
        }

        /** The words of this clause up to the end of its decision, with no reason: the decision told of one part. */
        Clause head() {
            return new Clause(decision, decisionSpan, request, namesTreatment, Map.of(), begin,
                    Math.max(begin, decisionSpan.end()), List.of());
        }
    }

    /**
     * One conjunct of a clause's cause, with the reasons it gives.
     *
     * @param words   its words
     * @param reasons its reasons, each with its span in the summary
     * @param begin   where it begins in the summary
     * @param end     where it ends
     */
    public record CausePart(String words, Map<DenialReason, Match<Boolean>> reasons, int begin, int end) {

        public CausePart {
            reasons = reasons.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reasons));
        }

        /** This part as a clause of {@code of}'s decision, to quote as an item's evidence. */
        Clause asClause(Clause of) {
            return new Clause(of.decision(), of.decisionSpan(), words, true, reasons, begin, end, List.of());
        }
    }

    /**
     * What the summary says the UR did with one item, and why.
     *
     * @param decision the decision; {@link UrDecision#UNKNOWN} when the summary reports none
     * @param evidence the words of the decision, as offsets into the summary; null when unknown
     * @param reasons  the reasons cited, each with its span in the summary
     * @param clauses  the clauses the decision and the reasons were read from, to quote them: the
     *                 words about this item, not the whole sentence when it tells of several items
     */
    public record ItemAccount(UrDecision decision, Match<UrDecision> evidence, Map<DenialReason, Match<Boolean>> reasons,
                              List<Clause> clauses) {

        public ItemAccount {
            Objects.requireNonNull(decision, "decision");
            reasons = reasons.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(reasons));
            clauses = List.copyOf(clauses);
        }

        /** The clause holding offset {@code at}; null when none does. */
        public Clause clauseAt(int at) {
            return clauses.stream().filter(c -> at >= c.begin() && at < c.end()).findFirst().orElse(null);
        }

        /** Whether the UR modified this item: certified less than was asked. */
        public boolean modified() {
            return decision == UrDecision.MODIFIED;
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile(";|,\\s*(?:and\\s+)?|\\band\\b", Pattern.CASE_INSENSITIVE);
    /** Sentences without a decision that may stand inside a run of UR decisions. */
    private static final int RUN_GAP = 1;
    private static final Pattern FOR_REQUEST = Pattern.compile("(?:and |or )?for (?:the |a |an )?[a-z]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\W*(?:this|it|they|these|those|which)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THEN = Pattern.compile(
            "\\W*(?:and )?(?:so|therefore|thus|hence|consequently|accordingly|as a result)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    private final ReasonRules rules;
    private final Pattern actor;
    private final Pattern request;
    private final Pattern nonCertified;
    private final Pattern modified;
    private final Pattern notDecision;
    private final Pattern cause;
    private final Pattern trial;
    private final Pattern sameReason;
    private final Pattern requestCause;
    private final Pattern subordinate;
    private final Pattern conjunct;
    private final Pattern continuation;
    private final Pattern conclusive;
    private final Pattern associated;
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
        sameReason = rules.section("summary:ur-same-reason");
        requestCause = rules.section("summary:ur-request-cause");
        subordinate = rules.section("summary:ur-subordinate");
        conjunct = rules.section("summary:ur-conjunct");
        continuation = rules.section("summary:ur-continuation");
        conclusive = rules.section("summary:ur-conclusive");
        associated = rules.section("summary:ur-associated");
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
        int sinceUr = RUN_GAP + 1;
        int lastUrSentence = -2;
        int index = -1;
        String before = "";
        int beforeAt = 0;
        boolean beforeIsUr = false;
        for (Sentence s : summary.sentences()) {
            index++;
            String text = s.text(summary.text());
            boolean namesUr = actor.matcher(text).find();
            boolean speaksOfUr = namesUr || request.matcher(text).find();
            List<Match<UrDecision>> decisions = decisions(text);
            String previous = before;
            int previousAt = beforeAt;
            boolean previousIsUr = beforeIsUr;
            before = text;
            beforeAt = s.begin();
            beforeIsUr = namesUr;
            // "The request had been previously denied on 12/21/2016. The rationale for the denial
            // included ... not being recommended": a sentence that goes on with the UR's account
            // gives the reasons of the decision just told.
            if (decisions.isEmpty() && lastUrSentence == index - 1 && !out.isEmpty()
                    && continuation.matcher(text.stripLeading()).lookingAt()) {
                Map<DenialReason, Match<Boolean>> more = new EnumMap<>(DenialReason.class);
                read(text, s.begin(), 0, text.length(), more);
                out.set(out.size() - 1, out.getLast().withReasons(more));
                beforeIsUr = true;
                lastUrSentence = index;
                sinceUr = 0;
                continue;
            }
            // "The previous denial for the requests below was on 12/16/2016. Physical therapy was
            // denied due to ... The patient was not at maximal medical improvement. The MRIs were
            // denied as ...": a decision in a run of sentences that began with one about the UR or
            // the request is the UR's, though a sentence of its reasons stands between.
            boolean read = !decisions.isEmpty() && (speaksOfUr || sinceUr <= RUN_GAP);
            sinceUr = speaksOfUr || read ? 0 : sinceUr + 1;
            if (!read) {
                continue;
            }
            int n = decisions.size();
            int[] starts = new int[n + 1];
            starts[n] = text.length();
            for (int j = 1; j < n; j++) {
                starts[j] = split(text, decisions.get(j - 1).end(), decisions.get(j).begin());
            }
            int first = out.size();
            boolean followsUr = lastUrSentence == index - 1;
            lastUrSentence = index;
            beforeIsUr = true;
            // "The reviewer noted no improvement with the prior sessions. Therefore, the request was
            // non-certified.": a conclusion without a cause of its own rests on the UR's sentence before.
            boolean concludes = previousIsUr && conclusive.matcher(text.stripLeading()).lookingAt();
            for (int j = 0; j < n; j++) {
                for (Clause c : clause(text, s.begin(), starts[j], starts[j + 1], decisions.get(j))) {
                    c = anaphora(c, text, s.begin(), out);
                    if (concludes && c.reasons().isEmpty()) {
                        Map<DenialReason, Match<Boolean>> more = new EnumMap<>(DenialReason.class);
                        read(previous, previousAt, 0, previous.length(), more);
                        c = c.withReasons(more);
                    }
                    // "The UR denied the MRI. This was denied because of ...": a decision told of "this"
                    // or "it" goes on telling of the decision just before, not of the whole letter.
                    boolean goesOn = out.size() > first
                            || followsUr && !out.isEmpty() && PRONOUN.matcher(c.request()).lookingAt();
                    if (goesOn && !c.namesTreatment()) {
                        // "... partially approved the request for 12 sessions, which was modified to
                        // 6": a later decision of the sentence that names no request goes on
                        // telling of the one before; it is no account of the whole letter.
                        out.set(out.size() - 1, out.getLast().withReasons(c.reasons()).endingAt(c.end()));
                    } else {
                        out.add(c);
                    }
                }
            }
        }
        return List.copyOf(adjuncts(out));
    }

    /**
     * "The request for the right knee arthroscopy was non-certified ... The associated requests were
     * also non-certified.": a non-certified request that goes with a procedure, after a procedure of
     * the summary was non-certified, is adjunct to a denied treatment, by the words that say so.
     */
    private List<Clause> adjuncts(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>(clauses);
        boolean procedureDenied = false;
        boolean previousProcedure = false;
        for (int i = 0; i < out.size(); i++) {
            Clause c = out.get(i);
            if (c.decision() != UrDecision.NON_CERTIFIED) {
                previousProcedure = false;
                continue;
            }
            // "... the surgery was not certified, so the assistant surgeon is not necessary"
            Matcher m = associated.matcher(c.request());
            Matcher then = THEN.matcher(c.request());
            boolean adjunct = procedureDenied && m.find() || previousProcedure && then.lookingAt();
            if (adjunct && !c.reasons().containsKey(DenialReason.ADJUNCT_TO_DENIED)) {
                Matcher at = previousProcedure && then.lookingAt() ? then : m;
                out.set(i, c.withReasons(Map.of(DenialReason.ADJUNCT_TO_DENIED,
                        new Match<>(true, c.begin() + at.start(), c.begin() + at.end()))));
                previousProcedure = false;
            } else {
                previousProcedure = namesProcedure(c.request());
                procedureDenied |= previousProcedure;
            }
        }
        return out;
    }

    private boolean namesProcedure(String request) {
        Pattern surgery = typeWords.get(TreatmentType.SURGERY);
        return treatments.classify(request).value() == TreatmentType.SURGERY || surgery != null && surgery.matcher(request).find();
    }

    /**
     * "The request for Ultram was denied for the same rationale": a clause whose cause refers back
     * takes the reasons of the decision before it, with its own words as their evidence.
     */
    private Clause anaphora(Clause c, String text, int offset, List<Clause> before) {
        if (!c.reasons().isEmpty() || before.isEmpty()) {
            return c;
        }
        Matcher m = sameReason.matcher(text);
        m.region(Math.max(0, c.decisionSpan().begin() - offset), c.end() - offset);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return c;
        }
        Clause previous = before.getLast();
        Map<DenialReason, Match<Boolean>> same = new EnumMap<>(DenialReason.class);
        for (DenialReason r : previous.reasons().keySet()) {
            same.put(r, new Match<>(true, offset + m.start(), offset + m.end()));
        }
        return c.withReasons(same);
    }

    /**
     * The clauses tied to an item by its words (where several are, those naming most of its body
     * regions), else the letter's account (the clauses that name no treatment). A summary that
     * tells the UR's decision on other requests only says nothing of this item: unknown.
     */
    public ItemAccount forItem(List<Clause> clauses, String item) {
        if (clauses.isEmpty()) {
            return new ItemAccount(UrDecision.UNKNOWN, null, Map.of(), List.of());
        }
        List<Pattern> itemWords = words(item);
        List<Clause> tied = tied(clauses, itemWords);
        if (tied.isEmpty()) {
            // "the requested medications were non-certified": the words of the item's treatment type.
            Pattern type = typeWords.get(treatments.classify(item).value());
            tied = type == null ? List.of() : tied(clauses, List.of(type));
        }
        Set<BodyRegion> itemRegions = regions.in(item);
        if (!itemRegions.isEmpty()) {
            // "The request for the MRI of the cervical and lumbar spine was denied" says nothing of
            // the MRI of the wrist.
            tied = tied.stream().filter(c -> {
                Set<BodyRegion> named = regions.in(c.request());
                return named.isEmpty() || !Collections.disjoint(named, itemRegions);
            }).toList();
        }
        if (tied.size() > 1) {
            // "infrared acupuncture" is told of by "The request for infrared acupuncture ... was
            // denied", more than by "The request for the acupuncture with the capsaicin patches".
            tied = most(tied, c -> named(itemWords, c.request()));
        }
        if (tied.size() > 1) {
            tied = most(tied, c -> shared(itemRegions, c.request()));
        }
        List<Clause> account = clauses.stream().filter(c -> !c.namesTreatment()).toList();
        if (tied.isEmpty()) {
            // "A prior determination ... was found not medically necessary due to evidence that the
            // patient had been using cyclobenzaprine for an extended duration of time, no documented
            // ongoing gastrointestinal complaints to support the ongoing use of famotidine, and ...":
            // the letter's account names this item in one part of its cause, whose reasons are this
            // item's, not those the other parts give the other items.
            for (Clause c : account) {
                for (CausePart p : c.parts()) {
                    if (named(itemWords, p.words()) > 0) {
                        return new ItemAccount(c.decision(), c.decisionSpan(), p.reasons(), List.of(c.head(), p.asClause(c)));
                    }
                }
            }
        }
        // An item told of by its own words is not the associated request the account calls adjunct
        // to the denied procedure.
        boolean ownWords = !tied.isEmpty();
        if (tied.isEmpty()) {
            tied = account;
        }
        if (tied.isEmpty()) {
            return new ItemAccount(UrDecision.UNKNOWN, null, Map.of(), List.of());
        }
        Clause decided = tied.stream().filter(c -> c.decision() == UrDecision.MODIFIED).findFirst().orElse(tied.getFirst());
        Map<DenialReason, Match<Boolean>> reasons = new EnumMap<>(DenialReason.class);
        List<Clause> used = new ArrayList<>(tied);
        for (Clause c : tied) {
            c.reasons().forEach(reasons::putIfAbsent);
        }
        // "The requests were denied due to a lack of subjective and objective clinical findings":
        // the reasons the account gives for every request are this item's too.
        for (Clause c : account) {
            if (!used.contains(c) && c.decision() == decided.decision() && !c.reasons().isEmpty()) {
                c.reasons().forEach((r, m) -> {
                    if (!(ownWords && r == DenialReason.ADJUNCT_TO_DENIED)) {
                        reasons.putIfAbsent(r, m);
                    }
                });
                used.add(c);
            }
        }
        return new ItemAccount(decided.decision(), decided.decisionSpan(), reasons, used);
    }

    /**
     * The clauses of one decision: one, or one per request where the decision's cause goes on to
     * other requests with causes of their own ("denied the MRI due to ..., the acupuncture due to
     * ..., and the TENS unit as ...").
     */
    private List<Clause> clause(String text, int offset, int begin, int end, Match<UrDecision> decision) {
        int causeAt = causeAt(text, decision.end(), end);
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {begin, causeAt});
        if (causeAt < end) {
            Matcher b = BOUNDARY.matcher(text);
            b.region(causeAt, end);
            while (b.find()) {
                int from = b.end();
                int next = causeAt(text, from, Math.min(end, from + 120), requestCause);
                if (next < end && next > from && namesRequest(text.substring(from, next), b.group().startsWith(";"))) {
                    parts.add(new int[] {from, next});
                    b.region(next, end);
                }
            }
        }
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int from = parts.get(i)[0];
            int cause = parts.get(i)[1];
            while (from < cause && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = trimBoundary(text, Math.min(cause, end), i + 1 < parts.size() ? parts.get(i + 1)[0] : end);
            String requested = text.substring(from, cause);
            Map<DenialReason, Match<Boolean>> reasons = new EnumMap<>(DenialReason.class);
            List<CausePart> causeParts = cause < to ? read(text, offset, cause, to, reasons) : List.of();
            // "Since the surgery was not certified, the assistant surgeon is not medically necessary."
            Matcher lead = cause(text, from, decision.begin(), this.cause);
            if (i == 0 && lead.find() && lead.start() - from < 3) {
                read(text, offset, lead.start(), decision.begin(), reasons);
            }
            if (decision.value() == UrDecision.MODIFIED) {
                Matcher t = trial.matcher(text);
                t.region(decision.begin(), to);
                t.useTransparentBounds(true);
                if (t.find()) {
                    reasons.putIfAbsent(DenialReason.EXCEEDS_GUIDELINE_LIMIT, new Match<>(true, offset + t.start(), offset + t.end()));
                }
            }
            // A request the decision's cause goes on to has the decision by the words that name it
            // ("the acupuncture"), so that its evidence is its own clause, not the first request's.
            Match<UrDecision> said = i == 0 ? new Match<>(decision.value(), offset + decision.begin(), offset + decision.end())
                    : new Match<>(decision.value(), offset + from, offset + from + requested.strip().length());
            out.add(new Clause(decision.value(), said, requested, namesTreatment(requested), reasons, offset + from, offset + to,
                    causeParts));
        }
        return out;
    }

    /**
     * The reasons of a cause: those of the whole, then those of each of its conjuncts ("due to a lack
     * of documentation of conservative care coupled with limited examination findings to support an
     * MRI"), so that a reason of last resort given in one conjunct is not hidden by a more specific
     * reason given in another. Returns the conjuncts, as {@link #parts} does.
     */
    private List<CausePart> read(String text, int offset, int from, int to, Map<DenialReason, Match<Boolean>> into) {
        readPart(text, offset, from, to, into);
        List<CausePart> parts = parts(text, offset, from, to);
        for (CausePart p : parts) {
            p.reasons().forEach(into::putIfAbsent);
        }
        return parts;
    }

    /** The conjuncts of a cause, each with its own reasons; none when the cause is one. */
    private List<CausePart> parts(String text, int offset, int from, int to) {
        List<CausePart> out = new ArrayList<>();
        Matcher b = conjunct.matcher(text);
        b.region(from, to);
        int at = from;
        while (b.find()) {
            out.add(part(text, offset, at, b.start()));
            at = b.end();
        }
        if (out.isEmpty()) {
            return List.of();
        }
        out.add(part(text, offset, at, to));
        return out;
    }

    private CausePart part(String text, int offset, int from, int to) {
        Map<DenialReason, Match<Boolean>> reasons = new EnumMap<>(DenialReason.class);
        readPart(text, offset, from, to, reasons);
        return new CausePart(text.substring(from, to), reasons, offset + from, offset + to);
    }

    private void readPart(String text, int offset, int from, int to, Map<DenialReason, Match<Boolean>> into) {
        if (to <= from) {
            return;
        }
        rules.reasonsApplied(text.substring(from, to)).forEach((label, m) ->
                into.putIfAbsent(DenialReason.ofLabel(label), new Match<>(true, offset + from + m.begin(), offset + from + m.end())));
    }

    /** Where the cause begins in {@code [from, to)}; {@code to} when it gives none. */
    private int causeAt(String text, int from, int to) {
        return causeAt(text, from, to, cause);
    }

    private static int causeAt(String text, int from, int to, Pattern p) {
        Matcher c = cause(text, from, to, p);
        return c.find() ? c.start() : to;
    }

    private static Matcher cause(String text, int from, int to, Pattern p) {
        Matcher c = p.matcher(text);
        c.region(from, Math.max(from, to));
        c.useTransparentBounds(true);
        return c;
    }

    /**
     * Short words that name a treatment: "the acupuncture", "and the TENS unit", "for range of motion
     * testing" after a semicolon (a request told with "for", as after "A prior denial was made ... for
     * ...;"); a list of
     * the cause's own words ("red flag conditions, surgical indication, as well as ...") is none.
     */
    private boolean namesRequest(String words, boolean afterSemicolon) {
        String w = words.strip();
        return !w.isEmpty() && w.split("\\s+").length <= 10 && w.indexOf(',') < 0 && w.indexOf(';') < 0
                && (treatments.classify(w).end() > 0 || afterSemicolon && FOR_REQUEST.matcher(w).lookingAt())
                && decisions(w).isEmpty() && rules.reasonsApplied(w).isEmpty();
    }

    /** The end of a part, before the boundary that ends it. */
    private static int trimBoundary(String text, int from, int to) {
        Matcher b = BOUNDARY.matcher(text);
        b.region(from, to);
        int at = to;
        while (b.find()) {
            if (b.end() == to) {
                at = b.start();
            }
        }
        return at;
    }

    /**
     * Every decision in a sentence, in order; where two overlap, the longer. A decision inside the
     * cause of the one before it is part of that cause ("denied as the surgery was not certified").
     */
    private List<Match<UrDecision>> decisions(String text) {
        String lower = RequiredWords.lower(text);
        // Most sentences tell no decision: without the words a decision needs, there is none to find.
        if (!rules.mayMatch("summary:ur-modified", lower) && !rules.mayMatch("summary:ur-non-certified", lower)) {
            return new ArrayList<>();
        }
        List<int[]> excluded = new ArrayList<>();
        Matcher x = notDecision.matcher(text);
        while (x.find()) {
            excluded.add(new int[] {x.start(), x.end()});
        }
        List<Match<UrDecision>> found = new ArrayList<>();
        collect(modified, UrDecision.MODIFIED, text, excluded, found);
        collect(nonCertified, UrDecision.NON_CERTIFIED, text, excluded, found);
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
            if (insideCause(text, last == null ? 0 : last.end(), m.begin())) {
                continue;
            }
            kept.add(m);
        }
        return kept;
    }

    /** Whether a cause begins in {@code [from, at)} with no boundary between it and {@code at}. */
    private boolean insideCause(String text, int from, int at) {
        Matcher c = cause(text, from, at, subordinate);
        int last = -1;
        while (c.find()) {
            last = c.end();
        }
        if (last < 0) {
            return false;
        }
        Matcher b = BOUNDARY.matcher(text);
        b.region(last, at);
        return !b.find();
    }

    private static void collect(Pattern p, UrDecision decision, String text, List<int[]> excluded,
                                List<Match<UrDecision>> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            if (excluded.stream().noneMatch(x -> b < x[1] && e > x[0])) {
                into.add(new Match<>(decision, b, e));
            }
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

    private static int named(List<Pattern> words, String request) {
        return (int) words.stream().filter(w -> w.matcher(request).find()).count();
    }

    /** The clauses of the highest score, each scored once. */
    private static List<Clause> most(List<Clause> clauses, ToIntFunction<Clause> score) {
        int[] scores = clauses.stream().mapToInt(score).toArray();
        int best = Arrays.stream(scores).max().orElse(0);
        return IntStream.range(0, scores.length).filter(i -> scores[i] == best).mapToObj(clauses::get).toList();
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

    private int shared(Set<BodyRegion> item, String request) {
        Set<BodyRegion> both = regions.in(request);
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
