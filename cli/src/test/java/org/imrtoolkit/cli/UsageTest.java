package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid usage: exit 2 and one line naming the option and what it takes, with a hint. */
class UsageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--optimize|foo|expected one of balanced_accuracy, f1, accuracy, youden but was 'foo'",
            "--algorithm|svm|expected one of logistic, rf, gbm but was 'svm'",
            "--feature-set|text|expected one of all, clinical, lexical, analyst, reasons, clinical_core, "
                    + "clinical_descriptive, ur, ur_lexical, signals, ur_signals, reasons_signals, analyst_signals but was 'text'",
            "--lambda|strong|expected a number above 0 and at most 1000000, or 'auto', but was 'strong'",
            "--lambda|NaN|expected a number above 0 and at most 1000000, or 'auto', but was 'NaN'",
            "--lambda|Infinity|expected a number above 0 and at most 1000000, or 'auto', but was 'Infinity'",
            "--repeats|0|expected a whole number from 1 to 100 but was '0'",
            "--threads|0|expected a whole number from 1 to 256 but was '0'",
            "--folds|1|expected a whole number from 2 to 20 but was '1'",
            "--max-input-size|5XB|expected a size from 1KB to 256MB, such as 5MB or 500KB, but was '5XB'"})
    void anInvalidValueIsOneLineNamingTheOptionAndItsValues(String option, String value, String expected) {
        Run run = Run.of("train", option, value, "-o", "unused.imrmodel", "unused-input");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("imr train: invalid value for option '" + option + "': " + expected + " (see 'imr train --help')",
                run.err().strip());
    }

    @Test
    void optionsThatDoNotGoTogetherAreInvalidUsageToo() {
        Run run = Run.of("train", "--algorithm", "rf", "--feature-set", "all", "-o", "unused.imrmodel", "unused-input");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("use --feature-set clinical"), run.err());
    }

    @Test
    void aMissingOptionIsOneLine() {
        Run run = Run.of("train", "unused-input");
        assertEquals(2, run.exitCode());
        assertEquals("imr train: missing required option: '--output=MODEL' (see 'imr train --help')", run.err().strip());
    }

    @Test
    void aMistypedCommandGetsTheNearestSuggested() {
        Run run = Run.of("prase", "x");
        assertEquals(2, run.exitCode());
        assertEquals("imr: unknown command 'prase'; did you mean 'parse'? (see 'imr --help')", run.err().strip());
        assertEquals("imr: unknown command 'zzz' (see 'imr --help')", Run.of("zzz").err().strip());
    }

    @Test
    void modelInfoPrintsNumbersTheSameInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Run run = Run.of("model-info", SharedData.defaultModel().toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().matches("(?s).*threshold \\d\\.\\d{3} .*"), run.out());
            assertTrue(!run.out().matches("(?s).*\\d,\\d{3}.*"), run.out());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
