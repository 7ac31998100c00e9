package org.imrtoolkit.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of the corpus report, computed from a store with SQL: sections of tables, each row's
 * cells already formatted, and for the overturn rates the {@link Wilson} intervals a chart draws.
 * Every figure carries its n. Rendering is the application's ({@code app.report.CorpusReportPage}).
 *
 * @param title    the report's title
 * @param subtitle what it was computed from
 * @param sections the sections, in order
 * @param warnings what makes some of its figures misleading (predictions on the model's own training
 *                 letters), to be shown first; empty when nothing does
 */
public record CorpusReport(String title, String subtitle, List<Section> sections, List<String> warnings) {

    public CorpusReport {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    public CorpusReport(String title, String subtitle, List<Section> sections) {
        this(title, subtitle, sections, List.of());
    }

    /**
     * One section: a note, and a table (headers and formatted rows); {@code rates} holds the
     * intervals of a rate table (one a row, with its label), empty otherwise.
     */
    public record Section(String title, String note, List<String> headers, List<List<String>> rows, List<Rate> rates) {

        public Section {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            rates = List.copyOf(rates);
        }

        /** The row whose first cell is {@code label}; for tests and readers of the figures. */
        public List<String> row(String label) {
            return rows.stream().filter(r -> r.getFirst().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row '" + label + "' in " + title));
        }
    }

    /** An overturn rate of a group, with its 95% Wilson interval. */
    public record Rate(String label, Wilson interval) {
    }

    /** A calibration bin needs this many items to stand alone. */
    static final int MIN_BIN = 10;

    /** How many confident misses the report lists. */
    static final int MISSES = 20;

    private static final String RATE_NOTE = "Overturn rate: the share of disputed items the IMR reviewer overturned, "
            + "with its 95% Wilson interval; n is the number of items in the group.";

    public Section section(String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section '" + title + "'"));
    }

    /** Computes the report of a store, opened read-only. */
    public static CorpusReport of(Path database) throws IOException {
        try (Connection c = Database.readOnly(database)) {
            Schema schema = Schema.current();
            schema.check(c, database.toString(), Schema.existingTables(c));
            return of(c, database.getFileName().toString());
        } catch (SQLException e) {
            throw new StoreException(database + ": " + Database.firstLine(e.getMessage()), e);
        }
    }

    static CorpusReport of(Connection c, String name) throws SQLException {
        long letters = count(c, "SELECT count(*) FROM letters");
        long items = count(c, "SELECT count(*) FROM items");
        long overturned = count(c, "SELECT count(*) FROM items WHERE overturned");
        long predictions;
        long trainedOn;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE trained_on) FROM predictions")) {
            r.next();
            predictions = r.getLong(1);
            trainedOn = r.getLong(2);
        }
        List<Section> sections = new ArrayList<>();
        String seen = trainedOn == 0 ? "" : trainedOn + " of the " + predictions + " predicted items are on letters the "
                + "model was trained on, so its calibration and misses below flatter it; load held-out letters "
                + "(or use the cross-validated figures of 'imr model-info') to judge the model.";

        String range = oneText(c, "SELECT coalesce(min(decision_date)::VARCHAR || ' to ' || max(decision_date)::VARCHAR, "
                + "'none') FROM letters");
        List<List<String>> overview = new ArrayList<>();
        overview.add(List.of("letters", Long.toString(letters)));
        overview.add(List.of("disputed items", Long.toString(items)));
        overview.add(List.of("overturned items", overturned + " of " + items));
        overview.add(List.of("overturn rate (95% CI)", rate(Wilson.of(overturned, items))));
        overview.add(List.of("decision dates", range));
        overview.add(List.of("items with a prediction", Long.toString(predictions)));
        sections.add(new Section("Overview", "", List.of("figure", "value"), overview,
                List.of(new Rate("all items", Wilson.of(overturned, items)))));

        sections.add(rates(c, "Overturn rate by treatment type", "treatment type", "f.treatment_type", false));
        sections.add(rates(c, "Overturn rate by guideline source", "guideline source (the IMR decision's)",
                "i.maximus_guideline_source", false));
        sections.add(rates(c, "Overturn rate by reviewer specialty", "reviewer specialty", "l.reviewer_specialty", false));
        sections.add(rates(c, "Overturn rate by month of decision", "month", "strftime(l.decision_date, '%Y-%m')", true));
        sections.add(urReasons(c));
        sections.add(reviewerReasons(c));
        if (predictions > 0) {
            sections.add(calibration(c, seen));
            sections.add(misses(c, predictions, seen));
        }
        return new CorpusReport("Corpus report: " + letters + " letters, " + items + " disputed items",
                "From " + name + "; " + overturned + " of " + items + " items overturned.", sections,
                seen.isEmpty() ? List.of() : List.of("Warning: " + seen));
    }

    private static final String ITEMS_JOINED = " FROM items i JOIN letters l USING (letter_id)"
            + " LEFT JOIN features f USING (letter_id, item_index)";

    private static Section rates(Connection c, String title, String label, String group, boolean byGroup)
            throws SQLException {
        String sql = "SELECT coalesce(" + group + ", '(not stated)') AS g, count(*) AS n, count(*) FILTER (WHERE i.overturned) AS k"
                + ITEMS_JOINED + " GROUP BY g ORDER BY " + (byGroup ? "g" : "n DESC, g");
        List<List<String>> rows = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Wilson w = Wilson.of(r.getLong("k"), r.getLong("n"));
                rows.add(rateRow(r.getString("g"), w));
                rates.add(new Rate(r.getString("g"), w));
            }
        }
        return new Section(title, RATE_NOTE, List.of(label, "items (n)", "overturned", "rate", "95% CI"), rows, rates);
    }

    private static List<String> rateRow(String label, Wilson w) {
        return List.of(label, Long.toString(w.n()), Long.toString(w.k()), f(w.rate()), ci(w));
    }

    /**
     * The UR's reasons against the outcome, over whatever {@code ur_*} columns the features table
     * has: a boolean column is a reason cited or not, a text column is grouped by its values.
     */
    private static Section urReasons(Connection c) throws SQLException {
        String title = "The UR's reasons against the outcome";
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
                        + "AND table_name = 'features' AND column_name LIKE 'ur\\_%' ESCAPE '\\' ORDER BY ordinal_position")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        boolean reasons = columns.stream().anyMatch(col -> col[0].startsWith("ur_reason_"));
        String note = reasons
                ? "How often an item is overturned when the utilization review (UR) cited each reason for its denial "
                        + "(ur_reason_* = true) against when it did not (= false), by the UR's decision as the summary "
                        + "tells it (ur_decision), and when the UR modified the request (ur_modified); the UR's reasons "
                        + "are read from the summary's account of the UR, never from the IMR rationale. n is the number "
                        + "of items."
                : "The UR's own reasons are not available: the features table has no ur_reason_* columns. Shown "
                        + "instead: the UR features it has"
                        + (columns.isEmpty() ? " (none)." : ", overturn rate when true and when false; n is the number of items.");
        List<List<String>> rows = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        for (String[] col : columns) {
            String name = col[0];
            String ref = "f." + Sql.id(name);
            String expr = col[1].equals("BOOLEAN")
                    ? "CASE WHEN " + ref + " THEN 'true' WHEN NOT " + ref + " THEN 'false' END"
                    : ref;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT coalesce(" + expr + ", '(unknown)') AS g, count(*) AS n, count(*) FILTER (WHERE i.overturned) AS k"
                            + ITEMS_JOINED + " GROUP BY g ORDER BY g DESC")) {
                while (r.next()) {
                    String label = name + " = " + r.getString("g");
                    Wilson w = Wilson.of(r.getLong("k"), r.getLong("n"));
                    rows.add(rateRow(label, w));
                    rates.add(new Rate(label, w));
                }
            }
        }
        return new Section(title, note, List.of("UR feature = value", "items (n)", "overturned", "rate", "95% CI"),
                rows, rates);
    }

    /** The reasons the IMR reviewer's rationale gives for upholding, by treatment type. */
    private static Section reviewerReasons(Connection c) throws SQLException {
        List<String> reasons = new ArrayList<>(Toolkit.reasonColumns());
        List<String> headers = new ArrayList<>(List.of("treatment type", "items (n)", "upheld (n)"));
        reasons.forEach(r -> headers.add(r.replace('_', ' ')));
        StringBuilder sql = new StringBuilder("SELECT coalesce(r.treatment_type, '(not stated)') AS t, count(*) AS n, "
                + "count(*) FILTER (WHERE NOT i.overturned) AS upheld");
        for (String reason : reasons) {
            sql.append(", count(*) FILTER (WHERE r.").append(Sql.id(reason)).append(") AS ").append(Sql.id(reason));
        }
        sql.append(" FROM reasons r JOIN items i USING (letter_id, item_index) GROUP BY t ORDER BY n DESC, t");
        List<List<String>> rows = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                long upheld = r.getLong("upheld");
                List<String> row = new ArrayList<>(List.of(r.getString("t"), Long.toString(r.getLong("n")), Long.toString(upheld)));
                for (String reason : reasons) {
                    long k = r.getLong(reason);
                    row.add(k == 0 ? "0" : k + " (" + Math.round(100.0 * k / Math.max(upheld, 1)) + "%)");
                }
                rows.add(row);
                totals.add(r.getLong("n"));
            }
        }
        return new Section("The reviewer's reasons by treatment type",
                "The reasons the IMR reviewer's rationale gives for upholding a denial (the reasons table), counted by "
                        + "the item's treatment type; the share is of the upheld items (n in the third column).",
                headers, rows, List.of());
    }

    private static Section calibration(Connection c, String seen) throws SQLException {
        String model = oneText(c, "SELECT string_agg(DISTINCT model_name || ' (' || left(model_sha256, 12) || ')', ', ') "
                + "FROM predictions");
        // tenths of probability; a tenth with fewer than MIN_BIN items joins the next (the last, the one
        // below), so that no rate is read from one or two items
        List<long[]> tenths = new ArrayList<>(); // bin, n, k
        List<Double> sums = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT least(floor(p.probability * 10), 9)::INTEGER AS bin, count(*) AS n, sum(p.probability) AS total, "
                        + "count(*) FILTER (WHERE i.overturned) AS k FROM predictions p "
                        + "JOIN items i USING (letter_id, item_index) GROUP BY bin ORDER BY bin")) {
            while (r.next()) {
                tenths.add(new long[] {r.getInt("bin"), r.getLong("n"), r.getLong("k")});
                sums.add(r.getDouble("total"));
            }
        }
        List<long[]> merged = new ArrayList<>(); // first bin, last bin, n, k
        List<Double> mergedSums = new ArrayList<>();
        long[] open = null;
        double openSum = 0;
        for (int t = 0; t < tenths.size(); t++) {
            long[] b = tenths.get(t);
            open = open == null ? new long[] {b[0], b[0], b[1], b[2]} : new long[] {open[0], b[0], open[2] + b[1], open[3] + b[2]};
            openSum += sums.get(t);
            if (open[2] >= MIN_BIN) {
                merged.add(open);
                mergedSums.add(openSum);
                open = null;
                openSum = 0;
            }
        }
        if (open != null && !merged.isEmpty()) {
            long[] last = merged.removeLast();
            merged.add(new long[] {last[0], open[1], last[2] + open[2], last[3] + open[3]});
            mergedSums.add(mergedSums.removeLast() + openSum);
        } else if (open != null) {
            merged.add(open);
            mergedSums.add(openSum);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        for (int m = 0; m < merged.size(); m++) {
            long[] b = merged.get(m);
            String label = String.format(Locale.ROOT, "%.1f-%.1f", b[0] / 10.0, (b[1] + 1) / 10.0);
            Wilson w = Wilson.of(b[3], b[2]);
            rows.add(List.of(label, Long.toString(w.n()), f(mergedSums.get(m) / b[2]), Long.toString(w.k()), f(w.rate()), ci(w)));
            rates.add(new Rate(label, w));
        }
        return new Section("Calibration of the model's predictions",
                "Model " + model + ": items binned by the predicted probability of Overturned (a tenth with fewer than "
                        + MIN_BIN + " items merged with its neighbour); the observed rate, with "
                        + "its 95% Wilson interval, should be near the mean predicted probability. n is the items in the bin."
                        + (seen.isEmpty() ? "" : " " + seen),
                List.of("predicted", "items (n)", "mean predicted", "overturned", "observed rate", "95% CI"), rows, rates);
    }

    private static Section misses(Connection c, long n, String seen) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        long wrong;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT p.id, i.item, i.decision, p.predicted, p.probability, p.reasons FROM predictions p "
                        + "JOIN items i USING (letter_id, item_index) WHERE p.flag <> i.overturned "
                        + "ORDER BY abs(p.probability - (CASE WHEN i.overturned THEN 1 ELSE 0 END)) DESC, p.id LIMIT ?")) {
            p.setInt(1, MISSES);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            f(r.getDouble(5)), r.getString(6) == null ? "" : r.getString(6)));
                }
            }
        }
        wrong = count(c, "SELECT count(*) FROM predictions p JOIN items i USING (letter_id, item_index) "
                + "WHERE p.flag <> i.overturned");
        return new Section("The model's most confident misses",
                "The " + rows.size() + " misses farthest from the actual decision, of " + wrong + " misses in " + n
                        + " predicted items (a miss: flagged but upheld, or not flagged but overturned)."
                        + (seen.isEmpty() ? "" : " " + seen),
                List.of("id", "item", "actual", "predicted", "P(Overturned)", "reasons"), rows, List.of());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String oneText(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            String v = r.getString(1);
            return v == null ? "" : v;
        }
    }

    static String f(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String ci(Wilson w) {
        return w.n() == 0 ? "" : String.format(Locale.ROOT, "%.3f-%.3f", w.low(), w.high());
    }

    static String rate(Wilson w) {
        return f(w.rate()) + " (" + ci(w) + ")";
    }
}
