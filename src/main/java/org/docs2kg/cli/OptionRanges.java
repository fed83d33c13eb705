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
}
