package org.imrtoolkit.cli;

import picocli.CommandLine;

/** The toolkit's version, from the jar manifest (absent when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ImrCommand.class.getPackage().getImplementationVersion();
        return new String[] {"imr-toolkit " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version()};
    }
}
