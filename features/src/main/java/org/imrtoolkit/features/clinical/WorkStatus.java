package org.imrtoolkit.features.clinical;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patient's work status as the summary last states it. */
public enum WorkStatus {
    TTD, MODIFIED_DUTY, PERMANENT_AND_STATIONARY, UNKNOWN;

    private static final Pattern STATUS = withFirstChars(
            "(?<ttd>temporar\\w* total\\w* disab\\w*|\\bTTD\\b|totally disabled|off work|off of work|not working|unable to work)"
                    + "|(?<mod>modified (?:work|duty)|light duty|restricted duty|work restrictions|return(?:ed)? to work with restrictions"
                    + "|work with restrictions|modified activit\\w+ at work)"
                    + "|(?<ps>permanent and stationary|\\bP&S\\b|maximum medical improvement|\\bMMI\\b|permanent\\w* disab\\w*)");

    /** Read over every position of every summary: one test of the first character turns most away. */
    private static Pattern withFirstChars(String regex) {
        return Pattern.compile(FirstChars.of(regex).map(c -> "(?=[" + c + "])(?:" + regex + ")").orElse(regex),
                Pattern.CASE_INSENSITIVE);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The last status the text states, with its span. */
    public static Match<WorkStatus> read(String text) {
        Matcher m = STATUS.matcher(text);
        Match<WorkStatus> last = new Match<>(UNKNOWN, 0, 0);
        while (m.find()) {
            WorkStatus s = m.group("ttd") != null ? TTD : m.group("mod") != null ? MODIFIED_DUTY : PERMANENT_AND_STATIONARY;
            last = new Match<>(s, m.start(), m.end());
        }
        return last;
    }
}
