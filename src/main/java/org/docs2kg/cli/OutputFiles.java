package org.docs2kg.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the commands check about an output file name before any work starts. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** "-" names standard output, as in Jena's and most Unix tools. */
    static boolean isStdout(Path output) {
        return output != null && output.toString().equals("-");
    }

    /** The names riot's --output=FORMAT takes (and --out, --syntax): never meant as a file name. */
    private static final java.util.Set<String> FORMAT_NAMES = java.util.Set.of("turtle", "ttl", "ntriples", "n-triples",
            "nt", "nquads", "n-quads", "nq", "trig", "jsonld", "json-ld", "rdfxml", "rdf/xml", "rdf", "xml", "rdfjson",
            "rdf/json", "trix", "thrift", "rdf-thrift", "proto", "rdf-proto", "rdfproto", "csv", "tsv", "json", "yaml",
            "html", "table");

    /**
     * A usage error when -o/--output is a bare format name ("--output=ntriples", as riot spells
     * its format option): here it names a file, and the format is {@code formatOption}. A path
     * ("./ntriples") is taken as asked.
     */
    static void refuseFormatAsFile(CommandLine.Model.CommandSpec spec, Path output, String formatOption) {
        if (output != null && output.getNameCount() == 1 && !output.isAbsolute()
                && FORMAT_NAMES.contains(output.toString().toLowerCase(Locale.ROOT)) && !Files.exists(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o/--output names the file to write, and '"
                    + output + "' is a format: " + (formatOption == null ? "this command writes one format only"
                    : "use " + formatOption + " " + output + " (riot's --output=FORMAT)") + ", or ./" + output
                    + " for a file of that name");
        }
    }

    /**
     * A usage error when {@code output} is one of the inputs, after resolving paths and links: an
     * input file itself; a file an export reads inside an input folder (a page, an index.md, a
     * page-to-be that the next run would read, a guide's SOURCE); any file inside an input folder
     * that is a store (writing there corrupts it).
     */
    static void refuseInput(CommandLine.Model.CommandSpec spec, String option, Path output, List<Path> inputs) {
        if (output == null || isStdout(output)) {
            return;
        }
        Path out = real(output);
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        boolean read = name.toLowerCase(Locale.ROOT).endsWith(".md") || name.equals("SOURCE");
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                continue; // reading it fails with its own message
            }
            Path in = real(input);
            boolean inside = Files.isDirectory(in) && out.startsWith(in);
            if (out.equals(in) || inside && (read || org.docs2kg.store.TdbStore.isStore(in))) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " " + output
                        + " is one of the inputs (" + input + "): refusing to overwrite it");
            }
        }
    }

    /** For a view, which reads its inputs or a store: both checks. */
    static void refuseInputOrStore(CommandLine.Model.CommandSpec spec, String option, Path output, List<Path> inputs,
                                   StoreOptions store) {
        refuseInput(spec, option, output, inputs);
        refuseStore(spec, option, output, store);
    }

    /** A usage error when {@code output} lies inside the embedded store the command reads. */
    private static void refuseStore(CommandLine.Model.CommandSpec spec, String option, Path output, StoreOptions store) {
        store.storeDirectory().ifPresent(dir -> {
            if (output != null && !isStdout(output) && real(output).startsWith(real(dir))) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " " + output
                        + " is inside the store " + dir + " that this command reads: refusing to write there");
            }
        });
    }

    /** The real path of a file, or of its folder plus its name when it does not exist yet. */
    private static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
