package org.imrtoolkit.core.letter;

import org.imrtoolkit.core.budget.TimeBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of one IMR final determination letter, as any PDF extractor gave it, into a
 * {@link Letter}. Stateless and thread-safe.
 *
 * <p>The letter's sections are found by their headings; the disputed items by their
 * "Decision rationale:" labels, each of which closes an item. What stands before a rationale,
 * back to the end of the previous rationale's last sentence, is the item line with its decision
 * after the last colon, then the guidelines cited.
 */
public final class LetterParser {

    static final String HOW_MADE = "HOW THE IMR FINAL DETERMINATION WAS MADE";
    static final String SUMMARY = "CLINICAL CASE SUMMARY";
    static final String ISSUES = "IMR ISSUES, DECISIONS AND RATIONALE";

    private static final Pattern SUMMARY_PREAMBLE = Pattern.compile(
            "^The expert reviewer developed the following clinical case summary based on a review of\\s+"
                    + "the case file, including all medical records:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUES_PREAMBLE = Pattern.compile(
            "^The Final Determination was based on decisions for the disputed items/services set forth below:\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIONALE = Pattern.compile("^Decision rationale\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CA_GUIDELINE = Pattern.compile(
            "^Claims Administrator guideline\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAXIMUS_GUIDELINE = Pattern.compile(
            "^MAXIMUS guideline\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    /** A decision alone on its line: one to four words, no punctuation ("Upheld", "Partially Overturned"). */
    private static final Pattern DECISION_ALONE = Pattern.compile("^[A-Za-z]+(?: [A-Za-z]+){0,3}\\.?$");
    private static final Pattern DECISION_WORDS = Pattern.compile("^[A-Za-z][A-Za-z /-]{0,40}$");
    private static final Pattern ORIGINAL_REQUEST_ITEM = Pattern.compile(
            "original request,\\s*(?<item>.+?)(?:\\s+is)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_REQUEST = Pattern.compile(
            "^(?<request>.+?)\\s+was the original request\\b", Pattern.CASE_INSENSITIVE);
    /** How many lines above an item's first line its "was the original request" sentence may start. */
    private static final int ORIGINAL_REQUEST_REACH = 3;

    /**
     * Parses one letter.
     *
     * @param id   the letter's id (its file name without extension)
     * @param text the letter's text
     * @throws LetterFormatException when the text is not an IMR letter or misses a section
     */
    public Letter parse(String id, String text) throws LetterFormatException {
        List<Line> lines = LetterLines.of(text);
        int how = find(lines, 0, startsWith(HOW_MADE));
        int summaryAt = find(lines, 0, startsWith(SUMMARY));
        int issuesAt = find(lines, Math.max(summaryAt, 0), startsWith(ISSUES));
        if (summaryAt < 0 && issuesAt < 0 && find(lines, 0, startsWith(ISSUES)) < 0) {
            throw new LetterFormatException("not an IMR determination letter: found neither '" + SUMMARY
                    + "' nor '" + ISSUES + "S'");
        }
        if (summaryAt < 0) {
            throw new LetterFormatException("missing section '" + SUMMARY + "'");
        }
        if (issuesAt < 0) {
            throw new LetterFormatException("missing section '" + ISSUES + "S' after '" + SUMMARY + "'",
                    lines.get(summaryAt).number());
        }
        refuseSecondLetter(lines, summaryAt, issuesAt);
        int headerEnd = how >= 0 && how < summaryAt ? how : summaryAt;
        LetterHeader header = HeaderParser.parse(lines.subList(0, headerEnd));
        Reviewer reviewer = ReviewerParser.parse(CleanText.join(lines.subList(headerEnd, summaryAt)));
        String summary = SUMMARY_PREAMBLE.matcher(TimeBudget.guard(CleanText.join(lines.subList(summaryAt + 1, issuesAt))))
                .replaceFirst("");
        if (summary.isBlank()) {
            throw new LetterFormatException("section '" + SUMMARY + "' is empty", lines.get(summaryAt).number());
        }
        List<DisputedItem> items = items(lines.subList(issuesAt + 1, lines.size()), lines.get(issuesAt));
        List<String> warnings = new ArrayList<>();
        for (DisputedItem item : items) {
            if (!item.decisionKnown()) {
                warnings.add("item " + item.index() + ": decision '" + item.decision()
                        + "' is neither Upheld nor Overturned; kept as written");
            }
        }
        return new Letter(id, header, reviewer, summary, DemographicsReader.read(summary, header), items, warnings);
    }

    /**
     * Several letters saved in one file would read as one letter with the wrong summary for all but
     * the first: a second summary or issues heading (or a second "HOW THE IMR ..." after the first
     * summary) means another letter, and the file is refused.
     */
    private static void refuseSecondLetter(List<Line> lines, int summaryAt, int issuesAt)
            throws LetterFormatException {
        int again = find(lines, summaryAt + 1, startsWith(SUMMARY));
        String heading = SUMMARY;
        for (String other : List.of(ISSUES, HOW_MADE)) {
            int at = find(lines, Math.max(issuesAt, summaryAt) + 1, startsWith(other));
            if (at >= 0 && (again < 0 || at < again)) {
                again = at;
                heading = other;
            }
        }
        if (again >= 0) {
            throw new LetterFormatException("several letters in one file: a second '" + heading
                    + "' (save each letter in a file of its own)", lines.get(again).number());
        }
    }

    private static List<DisputedItem> items(List<Line> body, Line heading) throws LetterFormatException {
        body = skipIssuesPreamble(body);
        List<Integer> rationales = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (RATIONALE.matcher(TimeBudget.guard(body.get(i).text())).find()) {
                rationales.add(i);
            }
        }
        if (rationales.isEmpty()) {
            throw new LetterFormatException("no 'Decision rationale:' in section '" + ISSUES + "S'",
                    heading.number());
        }
        List<ItemBlock> blocks = new ArrayList<>();
        for (int k = 0; k < rationales.size(); k++) {
            TimeBudget.checkCurrent();
            int from = k == 0 ? 0 : rationales.get(k - 1) + 1;
            blocks.add(itemBlock(body, from, rationales.get(k), k + 1));
        }
        List<DisputedItem> items = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            TimeBudget.checkCurrent();
            ItemBlock block = blocks.get(k);
            int rationaleEnd = k + 1 < blocks.size() ? blocks.get(k + 1).start() : body.size();
            String rationale = RATIONALE.matcher(TimeBudget.guard(CleanText.join(body.subList(block.rationale(), rationaleEnd))))
                    .replaceFirst("");
            items.add(new DisputedItem(k + 1, block.item(), block.originalRequest(),
                    Decisions.canonical(block.decision()), block.claimsAdministrator(),
                    GuidelineParser.withRationalePages(block.maximus(), rationale), rationale,
                    block.decision()));
        }
        return items;
    }

    private static List<Line> skipIssuesPreamble(List<Line> body) {
        // The sentence may wrap; it ends at the first line ending in "below:".
        for (int i = 0; i < Math.min(3, body.size()); i++) {
            String upToHere = CleanText.join(body.subList(0, i + 1));
            if (ISSUES_PREAMBLE.matcher(TimeBudget.guard(upToHere)).find()) {
                return body.subList(i + 1, body.size());
            }
        }
        return body;
    }

    /** An item's lines: [start, decisionLine] is the item with its decision; guidelines follow to rationale. */
    private record ItemBlock(int start, int rationale, String item, String originalRequest, String decision,
                             Guideline claimsAdministrator, Guideline maximus) {
    }

    private static ItemBlock itemBlock(List<Line> body, int from, int rationale, int index)
            throws LetterFormatException {
        int caAt = find(body, from, rationale, l -> CA_GUIDELINE.matcher(TimeBudget.guard(l.text())).find());
        int maxAt = find(body, from, rationale, l -> MAXIMUS_GUIDELINE.matcher(TimeBudget.guard(l.text())).find());
        int guidelinesAt = caAt >= 0 ? (maxAt >= 0 ? Math.min(caAt, maxAt) : caAt) : maxAt;
        int decisionAt = (guidelinesAt >= 0 ? guidelinesAt : rationale) - 1;
        Line rationaleLine = body.get(rationale);
        if (decisionAt < from) {
            throw new LetterFormatException("item " + index + ": no item and decision before its 'Decision rationale'",
                    rationaleLine.number());
        }
        Line decisionLine = body.get(decisionAt);
        String decision;
        String lastItemText;
        int lastItemAt;
        String text = decisionLine.text();
        if (DECISION_ALONE.matcher(TimeBudget.guard(text)).matches() && decisionAt - 1 >= from
                && body.get(decisionAt - 1).text().endsWith(":")) {
            decision = stripPeriod(text);
            lastItemAt = decisionAt - 1;
            String previous = body.get(lastItemAt).text();
            lastItemText = previous.substring(0, previous.length() - 1);
        } else if (text.contains(":")) {
            int colon = text.lastIndexOf(':');
            decision = stripPeriod(text.substring(colon + 1).strip());
            lastItemAt = decisionAt;
            lastItemText = text.substring(0, colon);
        } else {
            throw new LetterFormatException("item " + index + ": no decision (no 'item: decision' line before"
                    + " its guidelines and rationale): '" + text + "'", decisionLine.number());
        }
        if (!DECISION_WORDS.matcher(TimeBudget.guard(decision)).matches()) {
            throw new LetterFormatException("item " + index + ": no decision word after the last ':' in '"
                    + text + "'", decisionLine.number());
        }
        int start = startOfItem(body, from, lastItemAt);
        List<String> parts = new ArrayList<>();
        body.subList(start, lastItemAt).forEach(l -> parts.add(l.text()));
        parts.add(lastItemText);
        String block = CleanText.join(parts.toArray(String[]::new));
        if (block.isBlank()) {
            throw new LetterFormatException("item " + index + ": the item before decision '" + decision
                    + "' is empty", decisionLine.number());
        }
        String item = block;
        String originalRequest = "";
        Matcher remaining = ORIGINAL_REQUEST_ITEM.matcher(TimeBudget.guard(block));
        if (remaining.find()) {
            item = remaining.group("item");
            Matcher original = ORIGINAL_REQUEST.matcher(TimeBudget.guard(block));
            originalRequest = original.find() ? original.group("request") : "";
        }
        Guideline ca = caAt >= 0 ? guideline(body, caAt, maxAt > caAt ? maxAt : rationale, CA_GUIDELINE)
                : Guideline.ABSENT;
        Guideline max = maxAt >= 0 ? guideline(body, maxAt, caAt > maxAt ? caAt : rationale, MAXIMUS_GUIDELINE)
                : Guideline.ABSENT;
        return new ItemBlock(start, rationale, item.strip(), originalRequest, decision, ca, max);
    }

    /**
     * Walks back from an item's last line to its first: the line after one that ends a sentence
     * (the previous rationale's last line, or the section's preamble). A partly authorized request
     * ("X was the original request. Y was authorized ... The remaining ... portion of the original
     * request, Z is: Upheld") has sentence ends inside it, so the walk goes on to its first sentence.
     */
    private static int startOfItem(List<Line> body, int from, int last) {
        int start = walkBack(body, from, last);
        String lower = joinLower(body, start, last);
        if (lower.contains("original request") && !lower.contains("was the original request")) {
            for (int j = start - 1; j >= Math.max(from, start - ORIGINAL_REQUEST_REACH); j--) {
                if (body.get(j).text().toLowerCase(Locale.ROOT).contains("was the original request")) {
                    return walkBack(body, from, j);
                }
            }
        }
        return start;
    }

    private static int walkBack(List<Line> body, int from, int at) {
        int start = at;
        while (start - 1 >= from && (!endsSentence(body.get(start - 1).text())
                || wrapsBeforeDate(body.get(start - 1).text(), body.get(start).text()))) {
            start--;
        }
        return start;
    }

    /**
     * An item line that wraps before its date of service ("Physical therapy ..., DOS:" then
     * "11/11/2016: Upheld") ends in a colon without ending the item: without this the item would
     * be the date alone and its first line would join the previous item's rationale.
     */
    private static boolean wrapsBeforeDate(String previous, String line) {
        return SERVICE_LABEL.matcher(TimeBudget.guard(previous)).find()
                || previous.strip().endsWith(":") && DATE_COLON.matcher(TimeBudget.guard(line)).lookingAt()
                        && !ISSUES_PREAMBLE_END.matcher(TimeBudget.guard(previous)).find();
    }

    private static final Pattern SERVICE_LABEL = Pattern.compile(
            "\\b(?:DOS|dates? of service|service dates?)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_COLON = Pattern.compile(
            "\\s*\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}(?:\\s*(?:-|to|through)\\s*\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4})?\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUES_PREAMBLE_END = Pattern.compile("set forth below\\s*:\\s*$", Pattern.CASE_INSENSITIVE);

    private static String joinLower(List<Line> body, int from, int to) {
        return CleanText.join(body.subList(from, to + 1)).toLowerCase(Locale.ROOT);
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        while (t.endsWith("\"") || t.endsWith(")") || t.endsWith("'") || t.endsWith("\u201d")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") || t.endsWith(":");
    }

    private static Guideline guideline(List<Line> body, int from, int to, Pattern label) {
        return GuidelineParser.parse(label.matcher(TimeBudget.guard(CleanText.join(body.subList(from, to)))).replaceFirst(""));
    }

    private static String stripPeriod(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static Predicate<Line> startsWith(String heading) {
        String upper = heading.toUpperCase(Locale.ROOT);
        return line -> line.text().toUpperCase(Locale.ROOT).startsWith(upper);
    }

    private static int find(List<Line> lines, int from, Predicate<Line> test) {
        return find(lines, from, lines.size(), test);
    }

    private static int find(List<Line> lines, int from, int to, Predicate<Line> test) {
        for (int i = Math.max(from, 0); i < to; i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
