package org.imrtoolkit.app.report;

import java.util.Locale;

import org.imrtoolkit.predict.ModelCard;
import org.imrtoolkit.predict.StrongestInputs;

/**
 * A model's card in a report, in the sections of the published practice (Mitchell et al. 2019), so
 * that whoever reads the figures of a run reads what the model is, is for, and cannot do.
 */
final class CardSection {

    private CardSection() {
    }

    static void append(Page h, ModelCard card) {
        h.heading("Model card");
        ModelCard.Details d = card.details();
        h.append("<dl class=card><dt>Model details</dt><dd>").append(Html.escape(d.algorithm()))
                .append("; trained ").append(Html.escape(d.created())).append(" by imr-toolkit ")
                .append(Html.escape(d.toolkitVersion())).append(", build commit <code>").append(Html.escape(d.buildCommit()))
                .append("</code>; ");
        if (d.ruleFiles().isEmpty()) {
            h.append("the rule files it was trained with are not recorded (an older model file).");
        } else if (d.changedRuleFiles().isEmpty()) {
            h.append(d.ruleFiles().size()).append(" rule files, the same as the running toolkit's.");
        } else {
            h.append("<span class=no>rule files changed since training: ")
                    .append(Html.escape(String.join(", ", d.changedRuleFiles()))).append("</span>.");
        }
        h.append("</dd><dt>Intended use</dt><dd>").append(Html.escape(card.intendedUse()))
                .append("</dd><dt>Factors</dt><dd>").append(Html.escape(card.factors()))
                .append("</dd><dt>Training data</dt><dd>").append(Html.escape(card.trainingData().describe()))
                .append("</dd><dt>Evaluation data</dt><dd>").append(Html.escape(card.evaluationData()))
                .append("</dd><dt>Metrics</dt><dd><table><tr><th>figure</th><th>cross-validated</th><th>95% interval</th>"
                        + "<th>chance</th><th>interval excludes chance?</th></tr>");
        for (ModelCard.Figure f : card.figures()) {
            h.append("<tr><td>").append(Html.escape(f.name())).append(f.lowerIsBetter() ? " (lower is better)" : "")
                    .append("</td><td class=n>").append(Html.number(f.value())).append("</td><td class=n>")
                    .append(Double.isNaN(f.low()) ? "not recorded" : "[" + Html.number(f.low()) + ", " + Html.number(f.high()) + "]")
                    .append("</td><td class=n>").append(Html.number(f.chance())).append(" <span class=muted>(")
                    .append(Html.escape(f.chanceMeaning())).append(")</span></td><td>")
                    .append(f.excludesChance() == null ? "n/a" : f.excludesChance() ? "<span class=yes>yes</span>"
                            : "<span class=no>no: not shown better than chance</span>")
                    .append("</td></tr>");
        }
        // a table model can have hundreds of category inputs: listed folded, the strongest shown open below
        h.append("</table></dd><dt>Inputs</dt><dd><details><summary>").append(card.inputs().size())
                .append(card.inputs().size() == 1 ? " input" : " inputs")
                .append(": what each means, and its share of training cases</summary><table>"
                        + "<tr><th>input</th><th>share of training cases</th></tr>");
        for (ModelCard.Input i : card.inputs()) {
            h.append("<tr><td>").append(Html.escape(i.meaning())).append(" <code class=muted>").append(Html.escape(i.name()))
                    .append("</code></td><td class=n>").append(Double.isNaN(i.share()) ? "not recorded"
                            : Math.round(i.share() * 100) + "%").append("</td></tr>");
        }
        h.append("</table></details>");
        if (card.terms() > 0) {
            h.append("<p class=muted>And ").append(card.terms()).append(" lexical terms of the summary.</p>");
        }
        if (!card.strongest().isEmpty()) {
            h.append("<p>Strongest: ");
            boolean first = true;
            for (StrongestInputs.Input i : card.strongest().subList(0, Math.min(5, card.strongest().size()))) {
                h.append(first ? "" : "; ").append(Html.escape(i.label()))
                        .append(String.format(Locale.ROOT, " (%+.2f)", i.weight()));
                first = false;
            }
            h.append(".</p>");
        }
        h.append("</dd><dt>Ethical considerations</dt><dd>").append(Html.escape(card.ethics()))
                .append("</dd><dt>Caveats and known limits</dt><dd><ul>");
        card.caveats().forEach(c -> h.append("<li>").append(Html.escape(c)).append("</li>"));
        h.append("</ul></dd></dl>");
    }
}
