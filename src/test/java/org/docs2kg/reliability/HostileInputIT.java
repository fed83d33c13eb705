package org.docs2kg.reliability;

import org.docs2kg.support.Shell;
import org.docs2kg.support.Shell.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The holes a hostile tester found from --help alone (issue "Hostile-input holes", rows 1–4), each
 * tried on the built jar as a real process through a real shell: devices made with mknod, a FIFO,
 * a symbolic link, /dev/full on standard output, a closed pipe, an output naming an input.
 */
class HostileInputIT {
    private static Path jar;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("docs2kg.jar", "target/docs2kg.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar.toString());
    }

    private static Result sh(Path dir, String script) throws IOException, InterruptedException {
        return Shell.run(dir, script);
    }

    private static String fileType(Path dir, String name) throws Exception {
        return sh(dir, "stat -c %F " + name).out().strip();
    }

    @Test
    void row1aDeviceIsWrittenInPlaceAndItsWriteErrorFails(@TempDir Path dir) throws Exception {
        org.docs2kg.support.TestData.assume(sh(dir, "mknod full c 1 7 && mknod null c 1 3").code() == 0,
                "mknod not permitted here (needs root): device rows skipped");
        Result full = sh(dir, "$D2K export -q \"$EX\" -o full");
        assertEquals(1, full.code(), full.err());
        assertEquals(1, full.err().lines().count(), full.err());
        assertTrue(full.err().contains("full: cannot write: No space left on device"), full.err());
        assertEquals("character special file", fileType(dir, "full"), "the device node is still a device");
        Result nul = sh(dir, "$D2K export -q \"$EX\" -o null && $D2K validate \"$EX\" --report null");
        assertEquals(0, nul.code(), nul.err());
        assertEquals("character special file", fileType(dir, "null"));
    }

    @Test
    void row1aFifoIsWrittenThroughAndStaysAFifo(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "mkfifo pipe && { cat pipe > received.ttl & } && $D2K export -q \"$EX\" -o pipe && wait");
        assertEquals(0, r.code(), r.err());
        assertEquals("fifo", fileType(dir, "pipe"));
        Result count = sh(dir, "$D2K query received.ttl --query 'SELECT (COUNT(*) AS ?n) { ?s a dk:Statement }' -f csv");
        assertEquals(java.util.List.of("n", "14"), count.out().lines().toList(), count.err());
    }

    @Test
    void row1bSymlinkKeepsTheLinkAndReplacesItsTarget(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "echo old > real.ttl && ln -s real.ttl link.ttl && $D2K export -q \"$EX\" -o link.ttl");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(dir.resolve("link.ttl")), "the link is still a link");
        assertTrue(Files.readString(dir.resolve("real.ttl")).contains("PREFIX"), "its target holds the export");
        Result dangling = sh(dir, "ln -s nowhere.ttl dangling.ttl && $D2K export -q \"$EX\" -o dangling.ttl");
        assertEquals(1, dangling.code());
        assertTrue(dangling.err().contains("symbolic link to a file that does not exist"), dangling.err());
        assertFalse(Files.exists(dir.resolve("nowhere.ttl")));
    }

    @Test
    void row2AnOutputThatIsAnInputIsRefusedAndTheInputIsUntouched(@TempDir Path dir) throws Exception {
        Result copy = sh(dir, "cp -r \"$EX\" guides && cp guides/widget-service-guide/security.md page.md");
        assertEquals(0, copy.code(), copy.err());
        byte[] index = Files.readAllBytes(dir.resolve("guides/widget-service-guide/index.md"));
        byte[] page = Files.readAllBytes(dir.resolve("page.md"));
        for (String cmd : new String[] {
            "$D2K export -q guides -o guides/widget-service-guide/index.md",
            "$D2K export -q guides -o ./guides/../guides/widget-service-guide/security.md",
            "$D2K export -q page.md -o page.md",
            "ln -sf page.md alias.md && $D2K export -q page.md -o alias.md",
            "$D2K validate page.md --report page.md"}) {
            Result r = sh(dir, cmd);
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("is one of the inputs"), r.err());
        }
        assertEquals(new String(index, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("guides/widget-service-guide/index.md")));
        assertEquals(new String(page, StandardCharsets.UTF_8), Files.readString(dir.resolve("page.md")));
    }

    @Test
    void row3StandardOutputErrorsFailAndAClosedPipeStaysQuiet(@TempDir Path dir) throws Exception {
        org.docs2kg.support.TestData.assume(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        for (String cmd : new String[] {"$D2K export -q \"$EX\" > /dev/full",
            "$D2K query \"$EX\" --named responsibilities > /dev/full"}) {
            Result r = sh(dir, cmd);
            assertEquals(1, r.code(), cmd);
            assertEquals("docs2kg: cannot write to standard output: No space left on device", r.err().strip(), cmd);
        }
        Result pipe = sh(dir, "$D2K query \"$EX\" --named responsibilities -f csv | head -1; echo \"status ${PIPESTATUS[0]}\"");
        assertEquals("", pipe.err());
        assertTrue(pipe.out().endsWith("status 0\n"), pipe.out());
    }

    @Test
    void row4DashMeansStandardOutput(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "$D2K export -q \"$EX\" -o - > out.ttl");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("-")), "no file named '-'");
        assertTrue(Files.readString(dir.resolve("out.ttl")).contains("dk:Statement"));
        Result report = sh(dir, "$D2K validate \"$EX\" --report - > report.ttl");
        assertEquals(0, report.code(), report.err());
        assertTrue(Files.readString(dir.resolve("report.ttl")).contains("sh:conforms"), "the report on stdout");
        assertTrue(report.err().contains("conforms"), "the summary on stderr: " + report.err());
    }

    @Test
    void row8OutOfMemoryIsOneLineNeverAStackTrace(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "$D2K_SMALL_HEAP query \"$EX\" -f turtle --query "
                + "'CONSTRUCT { ?a ?b ?f . ?d ?e ?c . ?a ?e ?f } WHERE { ?a ?b ?c . ?d ?e ?f }' > /dev/null");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("docs2kg: out of memory"), r.err());
    }

    @Test
    void rows6And7ReadOnlyCommandsCreateNothingAndBadValuesStopBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Result query = sh(dir, "mkdir photos && echo x > photos/holiday.txt && $D2K query --store photos --named services");
        assertEquals(1, query.code(), query.err());
        assertTrue(query.err().contains("photos is not a docs2kg store"), query.err());
        assertEquals("1", sh(dir, "ls photos | wc -l").out().strip(), "nothing created in the folder");
        for (String args : new String[] {"serve --port -1", "serve --port 99999", "serve --max-results -1",
            "serve --query-timeout -1", "query --timeout 0 --named services \"$EX\""}) {
            Result r = sh(dir, "$D2K " + args);
            assertEquals(2, r.code(), args + ": " + r.err());
            assertTrue(r.err().startsWith("docs2kg: Invalid value for"), args + ": " + r.err());
        }
    }
}
