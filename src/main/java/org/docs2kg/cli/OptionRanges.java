package org.docs2kg.cli;

import picocli.CommandLine;

/**
 * Range checks for numeric options, called from option setters so that an out-of-range value is a
 * usage error (exit 2) at parse time, before anything starts.
 */
final class OptionRanges {

    private OptionRanges() {
    }

    /** The longest timeout an option takes: a year. Longer ones overflowed where they became milliseconds. */
    static final long MAX_SECONDS = 366L * 24 * 3600;

    static long atLeast(CommandLine.Model.CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for " + option + ": " + value + " (must be " + min + " or more)");
        }
        return value;
    }

    /** A number of seconds from {@code min} to {@link #MAX_SECONDS}. */
    static long seconds(CommandLine.Model.CommandSpec spec, String option, long value, long min) {
        if (value < min || value > MAX_SECONDS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for " + option + ": "
                    + value + " (must be " + min + " to " + MAX_SECONDS + " seconds, a year)");
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
            if (uri.getRawUserInfo() != null) {
                // Credentials in a URL end up in shell history, process lists and messages.
                throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for " + option + ": '"
                        + withoutUserInfo(value) + "' carries a user name or password; give them with --credentials "
                        + "FILE or " + org.docs2kg.store.Credentials.USER_VARIABLE + "/"
                        + org.docs2kg.store.Credentials.PASSWORD_VARIABLE + " instead");
            }
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Invalid value for " + option + ": '" + withoutUserInfo(value) + "' (must be an http:// or https:// URL)");
    }

    /** The URL with anything between "//" and the last "@" before the path replaced by "***@". */
    static String withoutUserInfo(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return url;
        }
        int end = url.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = url.indexOf(c, start + 2);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        int at = url.lastIndexOf('@', end - 1);
        return at > start ? url.substring(0, start + 2) + "***@" + url.substring(at + 1) : url;
    }
}
