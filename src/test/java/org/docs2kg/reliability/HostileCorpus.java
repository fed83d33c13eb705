package org.docs2kg.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a corpus of guides that mixes every kind of bad input docs2kg promises to survive:
 * invalid UTF-8, binary and empty files, missing or malformed index.md, deep nesting, control
 * characters, lone surrogates, U+FFFE and right-to-left marks in text and file names, odd file
 * names, links out of the input, symbolic links out of the input and in loops. Deterministic for
 * a seed, so a failure can be reproduced.
 */
public final class HostileCorpus {
    private static final String[] NAMES = {"plain", "with space", "100%", "hash#tag", "quote\"d", "apos'd",
        "日本語", "Ελληνικά", "عربي", "rtl\u200Fmark", "bom\uFEFF", "tab\tname", "dash-ok", "emoji\uD83D\uDE00"};
    private static final String[] LINKS = {"../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "..", "#anchor",
        "other.md", "https://example.com/a b", "http://[::1", "mailto:x@example.com", "javascript:alert(1)"};

    private final Random random;
    private final Path root;
    private final List<Path> pages = new ArrayList<>();

    private HostileCorpus(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Writes {@code pageCount} pages in guides of about 25 pages each under {@code root}. */
    public static HostileCorpus generate(Path root, int pageCount, long seed) throws IOException {
        HostileCorpus c = new HostileCorpus(root, seed);
        c.write(pageCount);
        return c;
    }

    public List<Path> pages() {
        return pages;
    }

    private void write(int pageCount) throws IOException {
        int guides = Math.max(1, pageCount / 25);
        for (int g = 0; g < guides; g++) {
            Path dir = root.resolve("guide-" + g + (g % 3 == 0 ? " " + NAMES[g % NAMES.length] : ""));
            Files.createDirectories(dir);
            List<String> files = new ArrayList<>();
            for (int p = 0; p < pageCount / guides; p++) {
                String name = NAMES[random.nextInt(NAMES.length)] + "-" + p + ".md";
                files.add(name);
                Path file = dir.resolve(sanitiseForFileSystem(name));
                Files.write(file, page(p));
                pages.add(file);
            }
            writeIndex(dir, files, g);
            if (g % 5 == 1) {
                tryLink(dir.resolve("outside.md"), Path.of("/etc/hostname"));
                tryLink(dir.resolve("loop"), dir);
                tryLink(dir.resolve("dangling.md"), dir.resolve("nowhere.md"));
            }
        }
    }

    private void writeIndex(Path dir, List<String> files, int g) throws IOException {
        switch (g % 4) {
            case 0 -> { } // no index.md at all
            case 1 -> Files.write(dir.resolve("index.md"), new byte[] {'#', ' ', (byte) 0xFF, (byte) 0xFE, '\n', '+'});
            default -> {
                StringBuilder sb = new StringBuilder("# Hostile Guide " + g + " User Guide\n\n## Contents\n");
                sb.append("+ [Security in Hostile ").append(g).append("](").append(files.get(0)).append(")\n");
                for (int i = 1; i < files.size(); i++) {
                    sb.append("   ".repeat(1 + random.nextInt(3))).append("+ [").append(files.get(i)).append("](")
                            .append(random.nextInt(10) == 0 ? LINKS[random.nextInt(LINKS.length)] : files.get(i))
                            .append(")\n");
                }
                Files.writeString(dir.resolve("index.md"), sb.toString(), StandardCharsets.UTF_8);
            }
        }
    }

    private byte[] page(int p) {
        return switch (random.nextInt(12)) {
            case 0 -> new byte[0];
            case 1 -> binary();
            case 2 -> invalidUtf8();
            case 3 -> text(">".repeat(2_000 + random.nextInt(8_000)) + " deep quote\n");
            case 4 -> text("- ".repeat(2_000 + random.nextInt(8_000)) + "deep list\n");
            case 5 -> text("*".repeat(5_000) + "emphasis" + "*".repeat(5_000) + "\n");
            case 6 -> text("# Title\u0000\u0001\u0007 with controls\uFFFE\u202E reversed\n\nWe recommend \u0008 this"
                    + "\uD800 (lone surrogate) and \uDC00 that.\n");
            default -> text(ordinaryPage(p));
        };
    }

    private String ordinaryPage(int p) {
        StringBuilder sb = new StringBuilder("# Security in Hostile Thing " + p + "<a name=\"p" + p + "\"></a>\n\n");
        sb.append("Security is a shared responsibility between AWS and you\\. You are responsible for your data\\.\n\n");
        sb.append("**Topics**\n");
        for (int i = 0; i < 3; i++) {
            sb.append("+ [Link ").append(i).append("](").append(LINKS[random.nextInt(LINKS.length)]).append(")\n");
        }
        sb.append("\n| a | b |\n|---|---|\n| We recommend | tables |\n\n```\ncode \\. here\n```\n");
        return sb.toString();
    }

    private byte[] binary() {
        byte[] b = new byte[200 + random.nextInt(2_000)];
        random.nextBytes(b);
        b[random.nextInt(b.length)] = 0;
        return b;
    }

    private byte[] invalidUtf8() {
        byte[] head = "# Broken encoding\n\nSome text, then ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF, '\n'};
        byte[] out = new byte[head.length + bad.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bad, 0, out, head.length, bad.length);
        return out;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A file name the file system accepts: only '/' and NUL are impossible on Linux. */
    private static String sanitiseForFileSystem(String name) {
        return name.replace('/', '_').replace('\u0000', '_');
    }

    private static void tryLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            // symbolic links not supported here: that case is simply not generated
        }
    }
}
