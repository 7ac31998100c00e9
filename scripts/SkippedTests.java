// Run by ./run-tests after Maven: `java scripts/SkippedTests.java [--since FILE] ROOT` prints one
// line counting the tests that did not run, by reason, from the JUnit XML reports that surefire and
// failsafe wrote under ROOT (any module's target/surefire-reports or target/failsafe-reports), only
// those newer than FILE when given:
//   "33 tests skipped: ../shared not found (31), chromium not found (2)"   or   "no tests skipped".
// A reason is a skip message up to its first ';', without a leading "SKIPPED: "
// (SharedData and Chromium write "SKIPPED: ../shared not found; details"), from the message attribute
// of <skipped> or, for a test aborted by an assumption, the first line of its stack trace.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class SkippedTests {

    public static void main(String[] args) throws Exception {
        FileTime since = null;
        Path root = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--since")) {
                since = Files.getLastModifiedTime(Path.of(args[++i]));
            } else {
                root = Path.of(args[i]);
            }
        }
        List<Path> reports = reports(root, since);
        if (reports.isEmpty()) {
            System.out.println("no test reports written");
            return;
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        int skipped = 0;
        var factory = DocumentBuilderFactory.newInstance();
        for (Path report : reports) {
            var doc = factory.newDocumentBuilder().parse(report.toFile());
            NodeList cases = doc.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                NodeList skips = ((Element) cases.item(i)).getElementsByTagName("skipped");
                if (skips.getLength() > 0) {
                    skipped++;
                    reasons.merge(reason((Element) skips.item(0)), 1, Integer::sum);
                }
            }
        }
        System.out.println(line(skipped, reasons));
    }

    static String line(int skipped, Map<String, Integer> reasons) {
        if (skipped == 0) {
            return "no tests skipped";
        }
        String why = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        return skipped + (skipped == 1 ? " test" : " tests") + " skipped: " + why;
    }

    /**
     * A disabled test's reason is the message attribute; an aborted one's (an assumption in the test)
     * is the first line of the element's stack trace, "org.opentest4j.TestAbortedException: ...".
     */
    static String reason(Element skipped) {
        String m = skipped.getAttribute("message").strip();
        if (m.isEmpty()) {
            m = skipped.getTextContent().strip().lines().findFirst().orElse("");
            String type = skipped.getAttribute("type");
            if (!type.isEmpty() && m.startsWith(type + ":")) {
                m = m.substring(type.length() + 1).strip();
            }
        }
        if (m.startsWith("Assumption failed:")) {
            m = m.substring("Assumption failed:".length()).strip();
        }
        if (m.startsWith("SKIPPED:")) {
            m = m.substring("SKIPPED:".length()).strip();
        }
        int semicolon = m.indexOf(';');
        if (semicolon >= 0) {
            m = m.substring(0, semicolon).strip();
        }
        return m.isEmpty() ? "no reason given" : m;
    }

    static List<Path> reports(Path root, FileTime since) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 6)) {
            for (Path p : files.toList()) {
                String dir = p.getParent() == null ? "" : p.getParent().getFileName().toString();
                String name = p.getFileName().toString();
                if ((dir.equals("surefire-reports") || dir.equals("failsafe-reports"))
                        && name.startsWith("TEST-") && name.endsWith(".xml")
                        && (since == null || Files.getLastModifiedTime(p).compareTo(since) >= 0)) {
                    found.add(p);
                }
            }
        }
        return found;
    }
}
