package org.imrtoolkit.features.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrtoolkit.core.letter.LetterDates;

/**
 * Finds a surgery the patient has had: a surgical word in a sentence that speaks of the past
 * ("status post", "underwent", "history of", or a date) and not of a request, a plan, a proposal
 * or a denial. Repairs, pinnings and reductions of fractures count ("closed reduction and
 * percutaneous pinning"); a reduction of pain does not. The surgery's date is the date nearest after the word in that sentence, else the nearest before it.
 */
public final class SurgeryHistory {

    /**
     * A surgery documented as done.
     *
     * @param date the surgery's date, when the sentence gives one; else null
     */
    public record Surgery(LocalDate date, int begin, int end) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern SURGERY = Pattern.compile(
            "\\b(?:surgery|surgeries|arthroscop\\w*|arthroplasty|fusion|discectomy|laminectomy|laminotomy|microdiscectomy"
                    + "|decompression|carpal tunnel release|repair(?:ed)?|(?:percutaneous\\s+)?pinning|(?:closed|open)\\s+reduction"
                    + "|reduction\\s+(?:and|with)\\s+(?:\\w+\\s+)?(?:fixation|pinning)|reduction of (?:the |a |his |her )?(?:\\w+ )?(?:fracture|dislocation)"
                    + "|internal fixation|\\w+ectomy|\\w+otomy|\\w+oplasty|ORIF|CRPP|replacement|reconstruction|amputation)\\b", FLAGS);
    /** Words one of which every surgical word holds: a sentence without any names no surgery. */
    private static final RequiredWords.Needles SURGERY_WORDS = new RequiredWords.Needles(
            List.copyOf(RequiredWords.of(SURGERY.pattern()).orElseThrow()));
    private static final Pattern PAST = Temporality.words("past.surgery");
    private static final Pattern NOT_DONE = Temporality.words("requested.surgery", "planned.surgery", "requested.surgery-review",
            "denied.surgery");

    private SurgeryHistory() {
    }

    /** The first surgery documented as done in one sentence, if any. */
    public static Optional<Surgery> inSentence(String sentence, int offset) {
        if (!SURGERY_WORDS.in(RequiredWords.lower(sentence))) {
            return Optional.empty();
        }
        Matcher m = SURGERY.matcher(sentence);
        while (m.find()) {
            if (NOT_DONE.matcher(sentence).find()) {
                return Optional.empty();
            }
            Optional<LetterDates.Dated> after = LetterDates.find(sentence.substring(m.end()));
            boolean past = PAST.matcher(sentence).find() || after.isPresent();
            if (past) {
                LocalDate date = after.map(LetterDates.Dated::date)
                        .or(() -> lastDate(sentence.substring(0, m.start())))
                        .orElse(null);
                return Optional.of(new Surgery(date, offset + m.start(), offset + m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> lastDate(String text) {
        java.util.List<LetterDates.Dated> dates = LetterDates.findAll(text);
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1).date());
    }
}
