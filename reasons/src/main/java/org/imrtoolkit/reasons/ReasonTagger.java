package org.imrtoolkit.reasons;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrtoolkit.features.clinical.DenialReason;
import org.imrtoolkit.core.letter.DisputedItem;
import org.imrtoolkit.core.letter.Guideline;
import org.imrtoolkit.core.letter.GuidelineSource;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.nlp.Sentence;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.clinical.Match;
import org.imrtoolkit.features.clinical.RequestedSessions;
import org.imrtoolkit.features.clinical.SessionRange;
import org.imrtoolkit.features.clinical.TreatmentClassifier;
import org.imrtoolkit.features.clinical.ReasonRules;

/**
 * Tags the reasons of each decided item from its rationale, with the shared reason vocabulary of
 * {@link ReasonRules}.
 * The reasons are those for upholding a denial: an Overturned item has none. Thread-safe.
 */
public final class ReasonTagger {

    private static final Pattern LIMIT = Pattern.compile(
            "\\b(\\d{1,2})\\s*(?:-|to)\\s*(\\d{1,2})\\s+(?:\\w+\\s+){0,3}?(visits|sessions|treatments)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_GUIDELINES = Pattern.compile(
            "\\b(?<odg>ODG|Official Disability Guidelines)\\b|\\b(?<acoem>ACOEM|American College of Occupational)\\b"
                    + "|\\b(?<mtus>MTUS)\\b");

    private final TextAnnotator annotator;
    private final ReasonRules rules = new ReasonRules();
    private final TreatmentClassifier treatments = new TreatmentClassifier();

    public ReasonTagger(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    public List<ItemReasons> tag(Letter letter) {
        List<ItemReasons> out = new ArrayList<>();
        for (DisputedItem item : letter.items()) {
            out.add(tag(letter.id() + "/" + item.index(), item));
        }
        return out;
    }

    public ItemReasons tag(String id, DisputedItem item) {
        String rationale = item.rationale();
        Map<DenialReason, String> found = new EnumMap<>(DenialReason.class);
        Matcher limit = LIMIT.matcher(rationale);
        String limitCited = limit.find() ? limit.group(1) + "-" + limit.group(2) + " " + limit.group(3).toLowerCase(Locale.ROOT) : "";
        boolean upheld = !item.decision().toLowerCase(Locale.ROOT).contains("overturn");
        if (upheld) {
            String adjunct = null;
            boolean denied = false;
            for (Sentence s : annotator.annotate(rationale).sentences()) {
                String sentence = s.text(rationale);
                if (rules.section("rationale:history").matcher(sentence).find()) {
                    continue;
                }
                if (adjunct == null && rules.section("rationale:adjunct").matcher(sentence).find()) {
                    adjunct = sentence;
                }
                denied |= rules.section("rationale:denied").matcher(sentence).find();
                for (String reason : rules.reasons(sentence).keySet()) {
                    found.putIfAbsent(DenialReason.valueOf(reason.toUpperCase(Locale.ROOT)), sentence);
                }
            }
            if (adjunct != null && denied) {
                found.putIfAbsent(DenialReason.ADJUNCT_TO_DENIED, adjunct);
            }
            if (!found.containsKey(DenialReason.EXCEEDS_GUIDELINE_LIMIT) && !limitCited.isEmpty()) {
                // "allow up to 9-10 visits" against a request for 2-3 times a week for 6 weeks.
                Optional<Match<SessionRange>> requested = RequestedSessions.find(item.text());
                int max = Integer.parseInt(limit.group(2));
                if (requested.isPresent() && requested.get().value().min() > max) {
                    found.put(DenialReason.EXCEEDS_GUIDELINE_LIMIT, "requested " + requested.get().value().min()
                            + " sessions against the " + limitCited + " cited");
                }
            }
        }
        return new ItemReasons(id, item.decision(), treatments.classify(item.text()).value(), found, limitCited,
                guidelines(item.maximusGuideline(), rationale));
    }

    /** The decision's own guideline, then any other body of guidance the rationale relies on. */
    static String guidelines(Guideline g, String rationale) {
        List<String> parts = new ArrayList<>();
        if (g.source() != GuidelineSource.NONE) {
            StringBuilder main = new StringBuilder(g.source().name());
            if (!g.section().isEmpty()) {
                main.append(' ').append(g.section());
            }
            if (!g.pages().isEmpty()) {
                main.append(" p. ").append(g.pages());
            }
            parts.add(main.toString());
        }
        Matcher m = OTHER_GUIDELINES.matcher(rationale);
        while (m.find()) {
            String name = m.group("odg") != null ? "ODG" : m.group("acoem") != null ? "ACOEM" : "MTUS";
            if (parts.stream().noneMatch(p -> p.equals(name) || p.startsWith(name + " "))) {
                parts.add(name);
            }
        }
        return String.join("; ", parts);
    }
}
