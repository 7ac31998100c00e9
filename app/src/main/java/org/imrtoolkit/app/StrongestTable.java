package org.imrtoolkit.app;

import org.imrtoolkit.app.io.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.imrtoolkit.predict.StrongestInputs;

/** Prints a model's strongest inputs, as train and model-info show them. */
final class StrongestTable {

    /** How many inputs the card lists. */
    static final int SHOWN = 15;

    private StrongestTable() {
    }

    static void print(PrintWriter out, List<StrongestInputs.Input> inputs, String positive) {
        if (inputs.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "strongest inputs (weight on the log-odds of %s; share of training cases with the input):%n",
                TerminalText.safe(positive));
        for (StrongestInputs.Input i : inputs) {
            // a named input's share was not recorded in model files before the manifest kept it
            out.printf(Locale.ROOT, "  %+.2f  %-4s  %s  [%s]%n", i.weight(),
                    Double.isNaN(i.presence()) ? "not recorded" : Math.round(i.presence() * 100) + "%", TerminalText.safe(i.label()), TerminalText.safe(i.name()));
        }
    }
}
