package io.mynumberlineage.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven writes into the jar manifest. */
class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"mynumber-lineage " + (version == null ? "(開発版)" : version)};
    }
}
