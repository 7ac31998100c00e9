package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README tells the truth: every generated block ({@code <!-- figures:NAME -->}) is made again
 * from the shipped data, the shipped model and (when present) the shared letters, and a README whose
 * figures differ from what the commands print fails, naming the block and the first differing line.
 * {@code scripts/readme-figures.sh} rewrites them. And every example command writes under
 * {@code out/} and reads only what a clone (or ../shared) holds; those that need only the clone run.
 */
class ReadmeFiguresTest {

    /** The blocks that cannot be made without the shared letters. */
    static boolean needsShared(String name) {
        return name.startsWith("query-") || name.startsWith("corpus-") || name.startsWith("ur-") || name.equals("model-blind");
    }

    /**
     * Not checked: the disk is a machine's measurement (the script dates it); the DMHC figures take
     * minutes of training ({@code scripts/readme-figures.sh --dmhc} re-makes them).
     */
    private static final Set<String> MEASURED = Set.of("disk", "dmhc");

    /** Options whose value is a file or folder the command writes. */
    private static final Set<String> OUTPUTS = Set.of("-o", "--output", "--report", "--metrics", "--evidence", "--errors",
            "--db", "--parquet");

    @TempDir
    Path dir;

    private static String readme() throws Exception {
        return Files.readString(SharedData.projectDir().resolve("README.md"));
    }

    @Test
    void figuresFromTheShippedLettersAndModelAreCurrent() throws Exception {
        List<ReadmeFigures.Block> blocks = ReadmeFigures.blocks(readme()).stream()
                .filter(b -> !needsShared(b.name()) && !MEASURED.contains(b.name())).toList();
        assertTrue(blocks.stream().anyMatch(b -> b.name().equals("model-table")), "the README has its generated blocks");
        check(new ReadmeFigures(SharedData.projectDir(), null, dir, false), blocks);
    }

    @Test
    void answersFromTheSharedLettersAreCurrent() throws Exception {
        Path shared = SharedData.shared("wc-letters").getParent();
        List<ReadmeFigures.Block> blocks = ReadmeFigures.blocks(readme()).stream().filter(b -> needsShared(b.name())).toList();
        assertTrue(blocks.stream().filter(b -> b.name().startsWith("query-")).count() >= 6, "six SQL questions");
        check(new ReadmeFigures(SharedData.projectDir(), shared, dir, false), blocks);
    }

    private static void check(ReadmeFigures figures, List<ReadmeFigures.Block> blocks) throws Exception {
        List<String> stale = new ArrayList<>();
        for (ReadmeFigures.Block b : blocks) {
            String now = figures.make(b);
            if (!now.equals(b.text())) {
                stale.add(difference(b.name(), b.text(), now));
            }
        }
        if (!stale.isEmpty()) {
            fail("README.md is stale (run scripts/readme-figures.sh, then read the diff):\n" + String.join("\n", stale));
        }
    }

    /** "block 'query-1', line 4: README '| imaging | 78 |...', now '| imaging | 96 |...'". */
    static String difference(String name, String was, String now) {
        List<String> a = was.lines().toList();
        List<String> b = now.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(no line)";
            String y = i < b.size() ? b.get(i) : "(no line)";
            if (!x.equals(y)) {
                return "  block '" + name + "', line " + (i + 1) + " of the block:\n    README:   " + x + "\n    commands: " + y;
            }
        }
        return "  block '" + name + "': differs in its line ends";
    }

    @Test
    void aStaleFigureIsNamedWithItsBlockAndLine() {
        String message = difference("query-1", "| a | b |\n| imaging | 78 | 7 |\n", "| a | b |\n| imaging | 96 | 12 |\n");
        assertTrue(message.contains("block 'query-1', line 2"), message);
        assertTrue(message.contains("| imaging | 78 | 7 |") && message.contains("| imaging | 96 | 12 |"), message);
        String readme = "x\n<!-- figures:one -->\nold\n<!-- /figures -->\ny\n";
        assertEquals("x\n<!-- figures:one -->\nnew\n<!-- /figures -->\ny\n",
                ReadmeFigures.rewrite(readme, java.util.Map.of("one", "new\n")));
    }

    // --- the examples

    /** Each {@code ./imr} command of the README's shell fences, continuation lines joined, with its tokens. */
    static List<List<String>> examples(String readme) {
        List<List<String>> commands = new ArrayList<>();
        Matcher fence = Pattern.compile("(?m)^```\\n(.*?)^```", Pattern.DOTALL).matcher(readme);
        while (fence.find()) {
            String body = fence.group(1).replace("\\\n", " ");
            for (String line : body.lines().toList()) {
                List<String> tokens = ReadmeFigures.tokens(line.strip());
                if (!tokens.isEmpty() && tokens.get(0).equals("./imr")) {
                    commands.add(tokens);
                }
            }
        }
        return commands;
    }

    @Test
    void everyExampleWritesUnderOutAndReadsWhatACloneHolds() throws Exception {
        Path project = SharedData.projectDir();
        List<List<String>> examples = examples(readme());
        assertTrue(examples.size() >= 15, "the README's examples: " + examples.size());
        List<String> wrong = new ArrayList<>();
        for (List<String> command : examples) {
            for (int i = 1; i < command.size(); i++) {
                String t = command.get(i);
                boolean output = OUTPUTS.contains(command.get(i - 1));
                boolean rebuild = command.get(1).equals("train") && t.equals("models/default.imrmodel");
                if (output && !t.startsWith("out/") && !rebuild) {
                    wrong.add(String.join(" ", command) + ": writes " + t + ", not under out/");
                } else if (!output && isPath(t) && !t.startsWith("out/") && !t.startsWith("../shared/")
                        && !Files.exists(project.resolve(t))) {
                    wrong.add(String.join(" ", command) + ": reads " + t + ", which a clone does not hold");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theExamplesOnTheCloneAloneRunAsWritten() throws Exception {
        Path project = SharedData.projectDir();
        int ran = 0;
        for (List<String> command : examples(readme())) {
            List<String> args = new ArrayList<>();
            boolean cloneOnly = true;
            for (int i = 1; i < command.size(); i++) {
                String t = command.get(i);
                boolean output = OUTPUTS.contains(command.get(i - 1));
                if (!output && (t.startsWith("out/") || t.startsWith("../") || t.startsWith("$") || t.startsWith("--db"))) {
                    cloneOnly = false; // reads another example's output, or ../shared: run by the tests of those commands
                }
                if (t.equals("models/default.imrmodel") && output || t.equals("--version")) {
                    cloneOnly = false;
                }
                args.add(t.startsWith("out/") ? dir.resolve(t).toString() : isPath(t) ? project.resolve(t).toString() : t);
            }
            if (!cloneOnly || args.isEmpty() || args.contains("--help")) {
                continue;
            }
            Run run = Run.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), String.join(" ", command) + "\n" + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            ran++;
        }
        assertTrue(ran >= 5, "ran " + ran + " of the README's examples");
    }

    private static boolean isPath(String token) {
        return !token.startsWith("-") && (token.startsWith("data/") || token.startsWith("models/") || token.startsWith("out/")
                || token.startsWith("../"));
    }
}
