package org.docs2kg.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by the build), with the Jena version underneath. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"docs2kg " + (v == null ? "(development build)" : v),
            "Apache Jena " + org.apache.jena.Jena.VERSION + ", Java " + System.getProperty("java.version")};
    }
}
