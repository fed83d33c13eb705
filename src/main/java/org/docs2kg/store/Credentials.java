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

    static Credentials fromFile(Path file) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
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
