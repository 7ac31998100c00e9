package org.imrtoolkit.features.clinical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.letter.LetterDates;
import org.imrtoolkit.core.nlp.AnnotatedText;
import org.imrtoolkit.core.nlp.Sentence;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.Demand;
import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.FeatureGroup;
import org.imrtoolkit.features.clinical.ReasonRules;

/**
 * Turns a {@link Case} into {@link ClinicalFeatures}. It reads the item and the case summary only:
 * a Case holds no decision and no rationale. Computes the feature groups of its {@link Demand} only
 * (every group unless told otherwise); the others keep their "not stated" values. Thread-safe;
 * build one and share it.
 */
public final class ClinicalFeatureExtractor {

    private static final Pattern REQUEST = Temporality.words("requested.sessions");

    private final TextAnnotator annotator;
    private final Demand demand;
    private final FunctionalImprovementDetector improvement = new FunctionalImprovementDetector();
    private final TreatmentClassifier treatments = new TreatmentClassifier();
    private final BodyRegions regions = new BodyRegions();
    private final GuidelineLimits limits = new GuidelineLimits();
    private final UtilizationReviewAccount urAccount = new UtilizationReviewAccount(new ReasonRules());
    private final SurgeryRequest surgeryRequest = new SurgeryRequest(treatments, regions);
    private final ObjectiveFindings findings = new ObjectiveFindings(regions);
    private final InitialTrial initialTrial = new InitialTrial(limits);

    public ClinicalFeatureExtractor(TextAnnotator annotator) {
        this(annotator, Demand.ALL);
    }

    /** An extractor of the demanded feature groups only. */
    public ClinicalFeatureExtractor(TextAnnotator annotator, Demand demand) {
        this.annotator = annotator;
        this.demand = demand;
    }

    public Demand demand() {
        return demand;
    }

    public ClinicalFeatures extract(Case c) {
        return extract(c, summary(c, annotateSummary(c.summary())));
    }

    /**
     * The summary annotated as far as the demanded groups read it: tokens and lemmas for the lexical
     * terms, else its sentences only, else (no group reads it) not at all.
     */
    public AnnotatedText annotateSummary(String summary) {
        if (demand.lemmas()) {
            return annotator.annotate(summary);
        }
        return demand.splitsSummary() ? annotator.split(summary) : new AnnotatedText(summary, List.of());
    }

    /** Extracts from a summary the caller has annotated already (the lexical features share it). */
    public ClinicalFeatures extract(Case c, AnnotatedText annotatedSummary) {
        return extract(c, summary(c, annotatedSummary));
    }

    /**
     * The features of a case's summary, which all the items of a letter share: compute them once
     * per letter and pass them to {@link #extract(Case, SummaryFeatures)} for each item.
     */
    public SummaryFeatures summary(Case c, AnnotatedText annotatedSummary) {
        TextUnit summary = new TextUnit("summary", c.summary(), annotatedSummary.sentences());
        List<Evidence> evidence = new ArrayList<>();

        Integer prior = null;
        Optional<Match<Integer>> visits = demand.needs(FeatureGroup.PRIOR_VISITS) ? PriorVisits.find(c.summary())
                : Optional.empty();
        if (visits.isPresent()) {
            prior = visits.get().value();
            add(evidence, summary, "prior_visits", prior.toString(), visits.get());
        }
        boolean priorTherapy = prior != null;
        if (visits.isPresent()) {
            add(evidence, summary, "prior_therapy", "true", visits.get());
        } else if (demand.needs(FeatureGroup.PRIOR_VISITS)) {
            Optional<Match<String>> had = PriorVisits.hadCourse(PriorVisits.THERAPY, summary);
            if (had.isPresent()) {
                priorTherapy = true;
                add(evidence, summary, "prior_therapy", "true", had.get());
            }
        }

        FunctionalImprovement fi = FunctionalImprovement.UNKNOWN;
        Evidence fiEvidence = null;
        for (Sentence s : demand.needs(FeatureGroup.FUNCTIONAL_IMPROVEMENT) ? summary.sentences() : List.<Sentence>of()) {
            Match<FunctionalImprovement> m = improvement.classify(s.text(c.summary()));
            if (m.value() == FunctionalImprovement.UNKNOWN || m.value() == fi) {
                continue;
            }
            if (fi == FunctionalImprovement.UNKNOWN || m.value() == FunctionalImprovement.NOT_DOCUMENTED) {
                fi = m.value();
                fiEvidence = evidence(summary, "functional_improvement", fi.label(),
                        new Match<>(fi, s.begin() + m.begin(), s.begin() + m.end()));
            }
        }
        if (fiEvidence != null) {
            evidence.add(fiEvidence);
        }

        Set<BodyRegion> summaryRegions = demand.needs(FeatureGroup.BODY_REGIONS)
                ? regions(summary, "summary_body_regions", evidence) : Set.of();

        LocalDate latest = demand.needs(FeatureGroup.INJURY_TIME) || demand.needs(FeatureGroup.SURGERY)
                ? LetterDates.findAll(c.summary()).stream().map(LetterDates.Dated::date).max(LocalDate::compareTo)
                        .orElse(null)
                : null;
        Integer monthsSinceInjury = demand.needs(FeatureGroup.INJURY_TIME)
                ? months(c.demographics().dateOfInjury(), latest) : null;

        SurgeryHistory.Surgery surgery = null;
        for (Sentence s : demand.needs(FeatureGroup.SURGERY) ? summary.sentences() : List.<Sentence>of()) {
            Optional<SurgeryHistory.Surgery> found = SurgeryHistory.inSentence(s.text(c.summary()), s.begin());
            if (found.isPresent() && (surgery == null || later(found.get(), surgery))) {
                surgery = found.get();
            }
        }
        Integer monthsSinceSurgery = surgery == null ? null : months(surgery.date(), latest);
        if (surgery != null) {
            add(evidence, summary, "post_surgical", "true", new Match<>(true, surgery.begin(), surgery.end()));
            if (monthsSinceSurgery != null) {
                add(evidence, summary, "months_since_surgery", monthsSinceSurgery.toString(),
                        new Match<>(true, surgery.begin(), surgery.end()));
            }
        }

        Match<DiagnosisGroup> group = demand.needs(FeatureGroup.DIAGNOSIS_GROUP)
                ? DiagnosisGroup.of(c.summary(), surgery != null, monthsSinceSurgery)
                : new Match<>(DiagnosisGroup.OTHER, 0, 0);
        if (group.end() > group.begin()) {
            add(evidence, summary, "diagnosis_group", group.value().label(), group);
        }
        Match<WorkStatus> work = demand.needs(FeatureGroup.WORK_STATUS) ? WorkStatus.read(c.summary())
                : new Match<>(WorkStatus.UNKNOWN, 0, 0);
        if (work.value() != WorkStatus.UNKNOWN) {
            add(evidence, summary, "work_status", work.value().label(), work);
        }
        return new SummaryFeatures(c.summary(), summary, prior, priorTherapy, fi, summaryRegions, monthsSinceInjury,
                surgery != null, monthsSinceSurgery, group.value(), work.value(),
                demand.needs(FeatureGroup.UR_ACCOUNT) ? urAccount.clauses(summary) : List.of(), evidence,
                demand.needs(FeatureGroup.SIGNALS) ? findings.read(summary) : new ObjectiveFindings.Reading(List.of()));
    }

    /** The features of one item, from its own text and its letter's {@link SummaryFeatures}. */
    public ClinicalFeatures extract(Case c, SummaryFeatures s) {
        if (!s.summary().equals(c.summary())) {
            throw new IllegalArgumentException("summary features of another case given for " + c.id());
        }
        TextUnit item = new TextUnit("item", c.item(),
                List.of(new Sentence(0, 0, c.item().length(), List.of())));
        List<Evidence> evidence = new ArrayList<>();

        Match<TreatmentType> type = demand.needs(FeatureGroup.TREATMENT) ? treatments.classify(c.item())
                : new Match<>(TreatmentType.OTHER, 0, 0);
        String treatmentName = type.end() > type.begin() ? c.item().substring(type.begin(), type.end()) : "";
        add(evidence, item, "treatment_type", type.value().label(), type);

        Integer sessionsMin = null;
        Integer sessionsMax = null;
        TextUnit sessionsFrom = null;
        Match<SessionRange> sessionsAt = null;
        if (demand.needs(FeatureGroup.REQUESTED_SESSIONS) && type.value().countedInSessions()) {
            Optional<Match<SessionRange>> requested = RequestedSessions.find(c.item());
            TextUnit from = item;
            int offset = 0;
            // A therapy request that states no count often has it in the summary ("... requested
            // physical therapy 2 times a week for 6 weeks"); for anything else the summary's
            // numbers are not this item's.
            if (requested.isEmpty() && (type.value().physicalMedicine() || type.value() == TreatmentType.PSYCH)) {
                for (Sentence sentence : s.unit().sentences()) {
                    String text = sentence.text(c.summary());
                    if (REQUEST.matcher(text).find()) {
                        requested = RequestedSessions.find(text);
                        if (requested.isPresent()) {
                            from = s.unit();
                            offset = sentence.begin();
                            break;
                        }
                    }
                }
            }
            if (requested.isPresent()) {
                Match<SessionRange> r = requested.get();
                sessionsMin = r.value().min();
                sessionsMax = r.value().max();
                Match<SessionRange> at = new Match<>(r.value(), r.begin() + offset, r.end() + offset);
                add(evidence, from, "requested_sessions_min", sessionsMin.toString(), at);
                add(evidence, from, "requested_sessions_max", sessionsMax.toString(), at);
                sessionsFrom = from;
                sessionsAt = at;
            }
        }
        Set<BodyRegion> itemRegions = demand.needs(FeatureGroup.BODY_REGIONS)
                ? regions(item, "item_body_regions", evidence) : Set.of();

        Optional<GuidelineLimit> limit = demand.needs(FeatureGroup.GUIDELINE)
                ? limits.forCase(type.value(), s.diagnosisGroup(), s.functionalImprovement()) : Optional.empty();
        Boolean exceeds = null;
        if (limit.isPresent() && sessionsMin != null) {
            exceeds = sessionsMin + (s.priorVisits() == null ? 0 : s.priorVisits()) > limit.get().maxVisits();
        }
        evidence.addAll(s.evidence());
        // After the letter's evidence, so that the evidence of the existing features keeps its order.
        UtilizationReviewAccount.ItemAccount ur = urAccount.forItem(s.urClauses(), c.item());
        if (ur.evidence() != null) {
            add(evidence, s.unit(), ur, "ur_decision", ur.decision().label(), ur.evidence());
        }
        if (ur.modified()) {
            add(evidence, s.unit(), ur, "ur_modified", "true", ur.evidence());
        }
        ur.reasons().forEach((reason, m) -> add(evidence, s.unit(), ur, reason.feature(), "true", m));
        ItemSignals signals = demand.needs(FeatureGroup.SIGNALS)
                ? signals(c, s, type.value(), sessionsMax, sessionsFrom, sessionsAt, item, itemRegions, evidence)
                : ItemSignals.NONE;
        return new ClinicalFeatures(c.id(), sessionsMin, sessionsMax, s.priorVisits(), s.priorTherapy(),
                s.functionalImprovement(), type.value(), treatmentName, itemRegions, s.summaryBodyRegions(),
                c.demographics().age(), c.demographics().sex(), s.monthsSinceInjury(), s.postSurgical(),
                s.monthsSinceSurgery(), s.diagnosisGroup(), limit.map(GuidelineLimit::maxVisits).orElse(null), exceeds,
                s.workStatus(), ur.decision(), ur.reasons().keySet(), evidence, signals);
    }

    /**
     * The signals of issue 18, each with its evidence: the item's place in a surgery request (read
     * from the item, the letter's other item lines and the summary), the objective findings of the
     * summary for the item's body regions, and whether it is a first trial within the guideline.
     */
    private ItemSignals signals(Case c, SummaryFeatures s, TreatmentType type, Integer sessionsMax,
                                TextUnit sessionsFrom, Match<SessionRange> sessionsAt, TextUnit item,
                                Set<BodyRegion> itemRegions, List<Evidence> evidence) {
        SurgeryRequest.Finding surgery = surgeryRequest.find(c.item(), c.letterItems(), s.unit());
        if (surgery.dependent()) {
            add(evidence, item, "part_of_surgery_request", "true", surgery.marker());
            if (surgery.procedureItem() != null) {
                String procedure = c.letterItems().text(surgery.procedureItem());
                TextUnit other = new TextUnit("item " + surgery.procedureItem(), procedure,
                        List.of(new Sentence(0, 0, procedure.length(), List.of())));
                add(evidence, other, "procedure_item", surgery.procedureItem().toString(), surgery.procedure());
            }
        }
        java.util.Map<FindingKind, String> found = new java.util.EnumMap<>(FindingKind.class);
        findings.find(s.findings(), itemRegions).forEach((kind, m) -> {
            found.put(kind, c.summary().substring(m.begin(), m.end()));
            add(evidence, s.unit(), "objective_findings", kind.label(), m);
        });
        InitialTrial.Result trial = initialTrial.read(c.item(), type, s.diagnosisGroup(), sessionsMax, s.unit());
        if (trial.within() != null) {
            String value = trial.within().toString();
            // The evidence is what the reason's words say (predict's InputLabels): more visits than
            // the trial allows, when so, before the prior course of the kind.
            boolean tooMany = !trial.within() && sessionsAt != null
                    && ItemSignals.overTrial(sessionsMax, trial.limit() == null ? null : trial.limit().maxVisits());
            if (!tooMany && trial.prior() != null) {
                add(evidence, "item".equals(trial.priorSource()) ? item : s.unit(), "initial_trial_within_limit", value,
                        trial.prior());
            } else if (sessionsAt != null) {
                add(evidence, sessionsFrom, "initial_trial_within_limit", value, sessionsAt);
            }
        }
        return new ItemSignals(surgery.dependent(), surgery.procedureItem(), found, trial.within(),
                trial.limit() == null ? null : trial.limit().maxVisits(), trial.kind() == null ? "" : trial.kind());
    }

    private Set<BodyRegion> regions(TextUnit unit, String feature, List<Evidence> evidence) {
        Set<BodyRegion> found = EnumSet.noneOf(BodyRegion.class);
        for (Match<BodyRegion> m : regions.find(unit.text())) {
            found.add(m.value());
            add(evidence, unit, feature, m.value().label(), m);
        }
        return found;
    }

    private static boolean later(SurgeryHistory.Surgery a, SurgeryHistory.Surgery b) {
        return a.date() != null && (b.date() == null || a.date().isAfter(b.date()));
    }

    private static Integer months(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return (int) ChronoUnit.MONTHS.between(from, to);
    }

    private static void add(List<Evidence> evidence, TextUnit unit, String feature, String value, Match<?> m) {
        Evidence e = evidence(unit, feature, value, m);
        if (e != null) {
            evidence.add(e);
        }
    }

    /**
     * The UR's evidence quotes the clause about this item: one sentence can tell the UR's decision
     * on several requests ("denied the MRI due to ..., and modified the physical therapy to ..."),
     * and the words about another request are no evidence for this one.
     */
    private static void add(List<Evidence> evidence, TextUnit unit, UtilizationReviewAccount.ItemAccount ur,
                            String feature, String value, Match<?> m) {
        UtilizationReviewAccount.Clause clause = ur.clauseAt(m.begin());
        if (clause == null || m.end() <= m.begin()) {
            add(evidence, unit, feature, value, m);
            return;
        }
        int begin = clause.begin();
        int end = clause.end();
        while (begin < end && Character.isWhitespace(unit.text().charAt(begin))) {
            begin++;
        }
        evidence.add(new Evidence(feature, value, unit.source(), unit.text().substring(begin, end).strip(), m.begin(),
                m.end(), begin));
    }

    private static Evidence evidence(TextUnit unit, String feature, String value, Match<?> m) {
        if (m.end() <= m.begin()) {
            return null;
        }
        return new Evidence(feature, value, unit.source(), unit.sentenceAt(m.begin()), m.begin(), m.end(),
                unit.sentenceBeginAt(m.begin()));
    }
}
