package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typed JSON lines (issue 21): every line that {@code parse}, {@code features} (and its
 * {@code --evidence}), {@code reasons} and {@code predict} write with {@code --format jsonl} holds
 * exactly the members of the command's documented schema ({@code docs/schemas/NAME.schema.json}),
 * each of its JSON type: a count a number and a flag a boolean, never {@code "false"}, which Python
 * and JavaScript read as true. On the shipped letters, and on a sample of the shared letters when
 * present. The schemas use a small part of JSON Schema (type, properties, required,
 * additionalProperties, items, enum, format date), checked here.
 */
class JsonlSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @TempDir
    Path dir;

    private static JsonNode schema(String name) throws Exception {
        return JSON.readTree(SharedData.projectDir().resolve("docs/schemas/" + name + ".schema.json").toFile());
    }

    @Test
    void theShippedLettersJsonLinesFollowTheirSchemas() throws Exception {
        int lines = checkAll(SharedData.dataLetters());
        assertTrue(lines >= 9 * 4, "lines checked: " + lines);
    }

    @Test
    void aSampleOfTheSharedLettersJsonLinesFollowTheirSchemas() throws Exception {
        Path pdf = SharedData.shared("wc-letters/pdf");
        Path sample = Files.createDirectories(dir.resolve("sample"));
        try (Stream<Path> files = Files.list(pdf)) {
            // every fourth letter: 33 of 129, spread over the folder
            List<Path> all = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
            for (int i = 0; i < all.size(); i += 4) {
                Files.copy(all.get(i), sample.resolve(all.get(i).getFileName()));
            }
        }
        int lines = checkAll(sample);
        assertTrue(lines >= 30 * 4, "lines checked: " + lines);
    }

    @Test
    void aStringWhereTheSchemaWantsABooleanIsCaught() throws Exception {
        List<String> wrong = new ArrayList<>();
        check(schema("reasons"), JSON.readTree("{\"id\":\"a/1\",\"exceeds_guideline_limit\":\"false\"}"), "$", wrong);
        assertTrue(wrong.stream().anyMatch(w -> w.contains("exceeds_guideline_limit") && w.contains("boolean")), wrong.toString());
        assertTrue(wrong.stream().anyMatch(w -> w.contains("missing")), wrong.toString());
    }

    private int checkAll(Path letters) throws Exception {
        int lines = 0;
        lines += run("parse", schema("parse"), "parse", "--format", "jsonl", "-q", letters.toString());
        Path evidence = dir.resolve("evidence-" + letters.getFileName() + ".jsonl");
        lines += run("features", schema("features"), "features", "--format", "jsonl", "-q", "--evidence",
                evidence.toString(), letters.toString());
        lines += lines(Files.readString(evidence), schema("evidence"), "features --evidence");
        lines += run("reasons", schema("reasons"), "reasons", "--format", "jsonl", "-q", letters.toString());
        lines += run("predict", schema("predict"), "predict", "--format", "jsonl", "-q", "-m",
                SharedData.defaultModel().toString(), letters.toString());
        return lines;
    }

    private static int run(String name, JsonNode schema, String... args) throws Exception {
        Run run = Run.of(args);
        assertEquals(0, run.exitCode(), name + ": " + run.err());
        return lines(run.out(), schema, name);
    }

    private static int lines(String out, JsonNode schema, String name) throws Exception {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String line : out.lines().toList()) {
            n++;
            check(schema, JSON.readTree(line), name + " line " + n, wrong);
        }
        assertEquals(List.of(), wrong.stream().limit(20).toList(), name + ": " + wrong.size() + " values off the schema");
        assertTrue(n > 0, name + " wrote no line");
        return n;
    }

    /** Adds to {@code wrong} each place where {@code value} does not follow {@code schema}. */
    static void check(JsonNode schema, JsonNode value, String where, List<String> wrong) {
        JsonNode type = schema.path("type");
        if (!type.isMissingNode()) {
            List<String> allowed = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> allowed.add(t.asString()));
            } else {
                allowed.add(type.asString());
            }
            String actual = typeOf(value);
            boolean ok = allowed.contains(actual) || actual.equals("integer") && allowed.contains("number");
            if (!ok) {
                wrong.add(where + ": " + actual + " " + value + ", the schema says " + allowed);
                return;
            }
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) {
                listed |= e.equals(value);
            }
            if (!listed) {
                wrong.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.path("format").asString("").equals("date") && value.isString() && !DATE.matcher(value.asString()).matches()) {
            wrong.add(where + ": '" + value.asString() + "' is not an ISO date");
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asString())) {
                    wrong.add(where + ": member '" + required.asString() + "' missing");
                }
            }
            for (String name : value.propertyNames()) {
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), where + "." + name, wrong);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    wrong.add(where + ": member '" + name + "' is not in the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), where + "[" + i + "]", wrong);
            }
        }
    }

    private static String typeOf(JsonNode v) {
        if (v.isNull()) {
            return "null";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        if (v.isIntegralNumber()) {
            return "integer";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isString()) {
            return "string";
        }
        return v.isArray() ? "array" : "object";
    }
}
