package org.imrtoolkit.cli;

import picocli.CommandLine;

/** The toolkit's version, from the jar manifest (absent when run from classes), and the Java runtime that runs it. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String found = System.getenv("IMR_JDK_SOURCE"); // set by ./imr: JAVA_HOME, java on the PATH...
        return new String[] {"imr-toolkit " + toolkitVersion(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") at "
                        + System.getProperty("java.home") + (found == null ? "" : ", " + found)};
    }

    /** The version written into model files. */
    static String toolkitVersion() {
        String version = ImrCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
