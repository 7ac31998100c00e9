package org.imrtoolkit.cli;

import picocli.CommandLine;

/** The toolkit's version, from the jar manifest (absent when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"imr-toolkit " + toolkitVersion(), "Java " + Runtime.version()};
    }

    /** The version written into model files. */
    static String toolkitVersion() {
        String version = ImrCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
