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
        Path browser = browser(html);
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

    /**
     * How wide the page lays out in a 1200 px window with every {@code <details>} open: the document's
     * scroll width, which exceeds the window when something runs off the page. The page is copied with
     * the details opened and one line of script that writes the width into the title, which
     * {@code --dump-dom} prints.
     */
    static int layoutWidth(Path html) throws IOException, InterruptedException {
        Path browser = browser(html);
        Path opened = Files.createTempFile(html.getParent(), "opened-", ".html");
        Files.writeString(opened, Files.readString(html).replace("<details>", "<details open>")
                .replace("</body>", "<script>document.title='W'+document.documentElement.scrollWidth</script></body>"));
        Path profile = Files.createTempDirectory("chromium-profile");
        Path dom = opened.resolveSibling(opened.getFileName() + ".dom");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1200,1800", "--dump-dom",
                opened.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(dom.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish rendering " + html);
        }
        var m = java.util.regex.Pattern.compile("<title>W(\\d+)</title>").matcher(Files.readString(dom));
        if (!m.find()) {
            fail("chromium gave no layout width for " + html);
        }
        return Integer.parseInt(m.group(1));
    }

    private static Path browser(Path html) {
        Path browser = CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (browser == null) {
            String message = "SKIPPED: chromium not found; cannot render " + html.getFileName() + " (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; .ci/run installs it");
            }
            System.err.println(message);
            assumeTrue(false, message);
        }
        return browser;
    }
}
