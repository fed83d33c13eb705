package org.docs2kg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.jena.riot.system.StreamRDFLib;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.query.RdfFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Any bytes given as a Turtle file give triples or a Docs2KgException (bad input) — nothing else. */
class RdfInputFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.DURATION)
    void turtleInputIsParsedOrRejectedCleanly(byte[] input) throws IOException {
        Path file = Files.createTempFile("fuzz", ".ttl");
        try {
            Files.write(file, input);
            RdfFiles.parseInto(file, StreamRDFLib.sinkNull());
        } catch (Docs2KgException expected) {
            // bad input, reported with file and position
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
