package org.imrtoolkit.core.letter;

import org.imrtoolkit.core.budget.TimeBudget;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header table. Extractors lay it out differently: pdftotext gives a column of labels
 * then a column of values, PDFBox gives label/value pairs two to a line, and a wrapped label
 * ("Application / Received:") may have a value between its halves. What they all keep is order:
 * each value comes after its label, and labels are answered first in, first out. So the header
 * is read as one stream of labels and values, and each value goes to the oldest waiting label
 * that takes its kind (a case number, a date, or a priority word).
 */
final class HeaderParser {

    private enum Field {
        CASE_NUMBER(Kind.CASE_NUMBER), DATE_ASSIGNED(Kind.DATE), DATE_OF_INJURY(Kind.DATE),
        DECISION_DATE(Kind.DATE), UR_DENIAL_DATE(Kind.DATE), PRIORITY(Kind.PRIORITY),
        APPLICATION_RECEIVED(Kind.DATE);

        final Kind kind;

        Field(Kind kind) {
            this.kind = kind;
        }
    }

    private enum Kind { CASE_NUMBER, DATE, PRIORITY }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<case>Case\\s+Number:)|(?<assigned>Date\\s+Assigned:)|(?<injury>Date\\s+of\\s+Injury:)"
                    + "|(?<decision>Decision\\s+Date:)|(?<ur>UR\\s+Denial\\s+Date:)|(?<priority>Priority:)"
                    + "|(?<received>Application(?:\\s+Received:?)?)|(?<stray>Received:)"
                    + "|(?<cm>\\bCM\\d{2}-\\d{4,}\\b)|(?<date>\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b)"
                    + "|(?<word>\\b(?:Standard|Expedited|Urgent)\\b)",
            Pattern.CASE_INSENSITIVE);

    private HeaderParser() {
    }

    static LetterHeader parse(List<Line> headerLines) {
        if (headerLines.isEmpty()) {
            return LetterHeader.NONE;
        }
        String text = String.join(" ", headerLines.stream().map(Line::text).toList());
        Map<Field, String> values = new EnumMap<>(Field.class);
        Deque<Field> waiting = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(TimeBudget.guard(text));
        while (m.find()) {
            Field label = label(m);
            if (label != null) {
                waiting.addLast(label);
            } else if (m.group("cm") != null) {
                answer(waiting, values, Kind.CASE_NUMBER, m.group());
            } else if (m.group("date") != null) {
                answer(waiting, values, Kind.DATE, m.group());
            } else if (m.group("word") != null) {
                answer(waiting, values, Kind.PRIORITY, m.group());
            }
        }
        return new LetterHeader(values.get(Field.CASE_NUMBER), date(values, Field.DATE_ASSIGNED),
                date(values, Field.DATE_OF_INJURY), date(values, Field.DECISION_DATE),
                date(values, Field.UR_DENIAL_DATE), values.get(Field.PRIORITY),
                date(values, Field.APPLICATION_RECEIVED));
    }

    private static Field label(Matcher m) {
        if (m.group("case") != null) {
            return Field.CASE_NUMBER;
        } else if (m.group("assigned") != null) {
            return Field.DATE_ASSIGNED;
        } else if (m.group("injury") != null) {
            return Field.DATE_OF_INJURY;
        } else if (m.group("decision") != null) {
            return Field.DECISION_DATE;
        } else if (m.group("ur") != null) {
            return Field.UR_DENIAL_DATE;
        } else if (m.group("priority") != null) {
            return Field.PRIORITY;
        } else if (m.group("received") != null) {
            return Field.APPLICATION_RECEIVED;
        }
        return null;
    }

    private static void answer(Deque<Field> waiting, Map<Field, String> values, Kind kind, String value) {
        for (Iterator<Field> it = waiting.iterator(); it.hasNext(); ) {
            Field field = it.next();
            if (field.kind == kind) {
                it.remove();
                values.put(field, value);
                return;
            }
        }
    }

    private static LocalDate date(Map<Field, String> values, Field field) {
        String value = values.get(field);
        return value == null ? null : LetterDates.parse(value).orElse(null);
    }
}
