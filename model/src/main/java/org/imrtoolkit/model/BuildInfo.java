package org.imrtoolkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The git commit this toolkit was built from, as the Maven build wrote it into
 * {@code build.properties} (model/pom.xml runs {@code git describe} at generate-resources).
 * Outside a git checkout, or when git is missing, the build writes nothing and the commit is
 * "unknown".
 */
public final class BuildInfo {

    public static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "build.properties";

    private BuildInfo() {
    }

    public static String commit() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            return commit(in);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** The commit a {@code build.properties} names; "unknown" when there is none, or git gave none. */
    static String commit(InputStream in) {
        if (in == null) {
            return UNKNOWN;
        }
        try {
            Properties p = new Properties();
            p.load(in);
            String commit = p.getProperty("commit", "").strip();
            // an unset Ant property reads as its own name
            return commit.isEmpty() || commit.contains("${") ? UNKNOWN : commit;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
