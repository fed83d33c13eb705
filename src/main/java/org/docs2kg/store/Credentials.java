package org.docs2kg.store;

import org.docs2kg.diagnostics.Docs2KgException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A user name and password for a remote store. Read from a properties file ({@code user=},
 * {@code password=}) or from the environment ({@code DOCS2KG_USER}, {@code DOCS2KG_PASSWORD}),
 * never from the command line. {@link #toString()} never shows the password.
 */
public final class Credentials {
    public static final String USER_VARIABLE = "DOCS2KG_USER";
    public static final String PASSWORD_VARIABLE = "DOCS2KG_PASSWORD";

    private final String user;
    private final String password;

    private Credentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    public static Credentials of(String user, String password) {
        return new Credentials(user, password);
    }

    /** From the file if given, else from the environment, else none. */
    public static Optional<Credentials> resolve(Path file, Map<String, String> environment) {
        if (file != null) {
            return Optional.of(fromFile(file));
        }
        String u = environment.get(USER_VARIABLE);
        String p = environment.get(PASSWORD_VARIABLE);
        if (u != null && p != null) {
            return Optional.of(new Credentials(u, p));
        }
        return Optional.empty();
    }

    /** A credentials file holds two short lines; anything bigger is not one (and /dev/zero never ends). */
    static final long MAX_BYTES = 64 * 1024;

    /**
     * Reads the file, which must be a regular file (a FIFO would block, a device never end) of at
     * most {@link #MAX_BYTES}, readable by its owner only — as ssh insists for private keys.
     */
    static Credentials fromFile(Path file) {
        Properties props = new Properties();
        try {
            if (!Files.isRegularFile(file)) {
                throw new Docs2KgException(file + ": credentials file is " + (Files.exists(file)
                        ? "not a regular file" : "missing"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Docs2KgException(file + ": credentials file is too large (" + size + " bytes; a few lines expected)");
            }
            if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                        || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
                    throw new Docs2KgException(file + ": credentials file is readable by others ("
                            + java.nio.file.attribute.PosixFilePermissions.toString(perms) + "): chmod 600 it");
                }
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new Docs2KgException(file + ": credentials file is too large (a few lines expected)");
            }
            try (Reader r = new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8))) {
                props.load(r);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Docs2KgException(file + ": cannot read credentials file: " + e.getClass().getSimpleName());
        }
        String u = props.getProperty("user");
        String p = props.getProperty("password");
        if (u == null || p == null) {
            throw new Docs2KgException(file + ": credentials file needs 'user=' and 'password=' lines");
        }
        return new Credentials(u.strip(), p);
    }

    /** The value of an HTTP Basic Authorization header. */
    String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String user() {
        return user;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****]";
    }
}
