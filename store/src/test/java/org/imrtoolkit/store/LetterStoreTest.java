package org.imrtoolkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.LetterFiles;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real DuckDB file: schema, typed columns, replacing a letter's rows. */
class LetterStoreTest {

    private static final List<LetterRows> LETTERS = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void analyzeShippedLetters() throws Exception {
        Toolkit toolkit = new Toolkit(null);
        LetterReader reader = new LetterReader(5L << 20);
        for (Path file : LetterFiles.expand(List.of(SharedData.dataLetters()))) {
            LETTERS.add(toolkit.rows(file, reader.read(file)));
        }
    }

    private Map<String, Long> load(Path db) throws Exception {
        try (LetterStore store = LetterStore.open(db, "test")) {
            for (LetterRows l : LETTERS) {
                store.replace(l);
            }
            return store.counts();
        }
    }

    @Test
    void loadingTwiceLeavesTheCountsUnchanged() throws Exception {
        Path db = dir.resolve("store.duckdb");
        Map<String, Long> once = load(db);
        assertEquals(5L, once.get("letters"));
        assertEquals(9L, once.get("items"));
        assertEquals(9L, once.get("features"));
        assertEquals(9L, once.get("reasons"));
        assertTrue(once.get("evidence") > 9, once.toString());
        assertEquals(once, load(db));
    }

    @Test
    void aLetterReplacedTwiceInOneTransactionIsThereOnce() throws Exception {
        Path db = dir.resolve("twice.duckdb");
        LetterRows letter = LETTERS.get(2);
        try (LetterStore store = LetterStore.open(db, "test")) {
            store.replace(letter);
            store.replace(letter);
            Map<String, Long> counts = store.counts();
            assertEquals(1L, counts.get("letters"));
            assertEquals((long) letter.items(), counts.get("items"));
            store.replace(letter);
            assertEquals(counts, store.counts());
        }
    }

    @Test
    void aFailedWriteLeavesNoPartOfItsTransactionAndABadValueNoPartOfItsLetter() throws Exception {
        Path db = dir.resolve("failed.duckdb");
        LetterRows first = LETTERS.get(0);
        LetterRows second = LETTERS.get(1);
        try (LetterStore store = LetterStore.open(db, "test")) {
            store.replace(first);
            store.commit();
            Map<String, List<Map<String, Object>>> rows = new java.util.HashMap<>(LETTERS.get(2).rows());
            List<Map<String, Object>> features = new ArrayList<>();
            for (Map<String, Object> row : rows.get(Schema.FEATURES)) {
                Map<String, Object> copy = new java.util.HashMap<>(row);
                copy.put("prior_therapy", "maybe");
                features.add(copy);
            }
            rows.put(Schema.FEATURES, features);
            LetterRows badValue = new LetterRows(LETTERS.get(2).letterId(), "bad", LETTERS.get(2).items(), rows);
            StoreException e = assertThrows(StoreException.class, () -> store.replace(badValue));
            assertTrue(e.getMessage().contains("prior_therapy is 'maybe'"), e.getMessage());

            store.replace(second);
            Map<String, List<Map<String, Object>>> twice = new java.util.HashMap<>(LETTERS.get(3).rows());
            List<Map<String, Object>> items = new ArrayList<>(twice.get(Schema.ITEMS));
            items.addAll(twice.get(Schema.ITEMS));
            twice.put(Schema.ITEMS, items);
            store.replace(new LetterRows(LETTERS.get(3).letterId(), "twice", LETTERS.get(3).items(), twice));
            assertThrows(StoreException.class, store::commit, "a duplicate key fails the transaction");
            assertThrows(StoreException.class, () -> store.replace(LETTERS.get(4)), "and the store writes no more");
        }
        try (Connection c = Database.readOnly(db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT string_agg(letter_id, ',' ORDER BY letter_id), "
                     + "(SELECT count(*) FROM items), (SELECT count(*) FROM features) FROM letters")) {
            r.next();
            assertEquals(first.letterId(), r.getString(1), "only the letter committed before the failure");
            assertEquals(first.items(), r.getInt(2));
            assertEquals(first.items(), r.getInt(3));
        }
    }

    @Test
    void columnsAreTypedAndKeyed() throws Exception {
        Path db = dir.resolve("store.duckdb");
        load(db);
        try (Connection c = Database.readOnly(db); Statement s = c.createStatement()) {
            assertEquals("INTEGER", type(s, "items", "item_index"));
            assertEquals("BOOLEAN", type(s, "items", "overturned"));
            assertEquals("DATE", type(s, "letters", "decision_date"));
            assertEquals("INTEGER", type(s, "features", "requested_sessions_min"));
            assertEquals("BOOLEAN", type(s, "features", "exceeds_guideline"));
            assertEquals("BOOLEAN", type(s, "reasons", "exceeds_guideline_limit"));
            assertEquals("DOUBLE", type(s, "predictions", "probability"));
            try (ResultSet r = s.executeQuery("SELECT constraint_type FROM information_schema.table_constraints "
                    + "WHERE table_name = 'items' AND constraint_type = 'PRIMARY KEY'")) {
                assertTrue(r.next(), "items has a primary key");
            }
            try (ResultSet r = s.executeQuery("SELECT prior_visits, exceeds_guideline FROM features "
                    + "WHERE id = '000_cef401a6dd751b32/1'")) {
                r.next();
                assertEquals(20, r.getInt(1));
                assertEquals(Boolean.TRUE, r.getObject(2));
            }
            try (ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
                r.next();
                assertEquals(Schema.VERSION, r.getInt(1));
            }
        }
    }

    @Test
    void aDatabaseOfAnotherSchemaIsRefusedWithOneLine() throws Exception {
        Path db = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE letters (x INTEGER)");
        }
        StoreException e = assertThrows(StoreException.class, () -> LetterStore.open(db, "test"));
        assertTrue(e.getMessage().contains("not an imr store") && !e.getMessage().contains("\n"), e.getMessage());
    }

    private static String type(Statement s, String table, String column) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_name = '" + table
                + "' AND column_name = '" + column + "'")) {
            assertTrue(r.next(), table + "." + column);
            return r.getString(1);
        }
    }
}
