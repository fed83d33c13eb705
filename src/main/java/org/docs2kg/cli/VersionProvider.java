package org.docs2kg.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by the build), with the Jena version underneath. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"docs2kg " + (v == null ? "(development build)" : v),
            "Apache Jena " + jenaVersion() + ", Java " + System.getProperty("java.version")};
    }

    /** From the jena-arq Maven metadata, which the shaded jar keeps (Jena's own constant is not filled there). */
    private static String jenaVersion() {
        try (var in = VersionProvider.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", org.apache.jena.Jena.VERSION);
            }
        } catch (java.io.IOException e) {
            // fall through to Jena's constant
        }
        return org.apache.jena.Jena.VERSION;
    }
}
