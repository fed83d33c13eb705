package org.docs2kg.cli;

import picocli.CommandLine;

/**
 * Range checks for numeric options, called from option setters so that an out-of-range value is a
 * usage error (exit 2) at parse time, before anything starts.
 */
final class OptionRanges {

    private OptionRanges() {
    }

    static long atLeast(CommandLine.Model.CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for " + option + ": " + value + " (must be " + min + " or more)");
        }
        return value;
    }

    static int between(CommandLine.Model.CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for " + option + ": " + value + " (must be " + min + " to " + max + ")");
        }
        return value;
    }

    static double fraction(CommandLine.Model.CommandSpec spec, String option, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for " + option + ": " + value + " (must be from 0 to 1)");
        }
        return value;
    }

    /** An absolute http(s) URL with a host: what a SPARQL endpoint or Graph Store must be. */
    static String httpUrl(CommandLine.Model.CommandSpec spec, String option, String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Invalid value for " + option + ": '" + value + "' (must be an http:// or https:// URL)");
    }
}
