package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a page with headless Chromium (Debian's chromium package) to a PNG. */
final class Chromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private Chromium() {
    }

    static Path screenshot(Path html, Path png) throws IOException, InterruptedException {
        Path browser = CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (browser == null) {
            String message = "SKIPPED: chromium not found; cannot render " + html.getFileName() + " (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; .ci/run installs it");
            }
            System.err.println(message);
            assumeTrue(false, message);
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1200,1800", "--hide-scrollbars",
                "--screenshot=" + png.toAbsolutePath(), html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(png.resolveSibling(png.getFileName() + ".log").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish rendering " + html);
        }
        return png;
    }
}
