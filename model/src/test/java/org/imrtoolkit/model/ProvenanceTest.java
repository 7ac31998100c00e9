package org.imrtoolkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The build commit and the rule files' SHA-256 a model records of where it came from. */
class ProvenanceTest {

    private static final Path RULES = Path.of("..", "features", "src", "main", "resources", "org", "imrtoolkit", "features");

    @Test
    void everyRuleFileOfTheFeaturesIsHashedAsItIsOnDisk() throws IOException {
        Map<String, String> digests = RuleFiles.digests();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RULES)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 7, files.toString());
        assertEquals(files.size(), digests.size(), digests.keySet().toString());
        for (Path f : files) {
            String name = RULES.relativize(f).toString().replace('\\', '/');
            assertEquals(ModelFile.sha256(f), digests.get(name), name);
        }
    }

    @Test
    void changedRuleFilesAreNamedWhetherChangedAddedOrRemoved() {
        BuildProvenance trained = new BuildProvenance("abc", Map.of("clinical/a.rules", "1", "clinical/b.tsv", "2",
                "clinical/gone.tsv", "3"));
        BuildProvenance running = new BuildProvenance("def", Map.of("clinical/a.rules", "1", "clinical/b.tsv", "9",
                "clinical/new.rules", "4"));
        assertEquals(List.of("clinical/b.tsv", "clinical/gone.tsv", "clinical/new.rules"), trained.changedRuleFiles(running));
        assertEquals(List.of(), running.changedRuleFiles(running));
    }

    @Test
    void theCommitIsUnknownWhenTheBuildHadNone() {
        assertEquals("unknown", BuildInfo.commit(null), "no build.properties (classes not built by Maven)");
        assertEquals("unknown", commit("commit=\n"), "git found no repository");
        assertEquals("unknown", commit("commit=${imr.commit}\n"), "git was not installed");
        String hash = "8b2e32f5f4448e84bb4e9ad60b70f91be0c2f07e";
        assertEquals(hash + "-dirty", commit("commit=" + hash + "-dirty\n"));
        assertTrue(BuildInfo.commit().matches("unknown|[0-9a-f]{40}(-dirty)?"), BuildInfo.commit());
        assertEquals("unknown", new BuildProvenance(null, null).buildCommit());
    }

    private static String commit(String properties) {
        return BuildInfo.commit(new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8)));
    }
}
