package org.docs2kg.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from a statement to its file and line in the public repository a guide's {@code SOURCE}
 * names, for the views (report, OSCAL). Only GitHub repositories and commit hashes make a link: a
 * {@code SOURCE} is document text and may say anything.
 */
public final class SourceLinks {
    private SourceLinks() {
    }

    /**
     * The file and line on GitHub, or "" when the repository is not on GitHub or the commit is not
     * a hash. {@code line} may be empty (a link to the file).
     */
    public static String line(String repository, String commit, String folder, String page, String line) {
        String file = file(repository, commit, folder, page);
        return file.isEmpty() || line == null || !line.matches("[0-9]{1,9}") ? file : file + "#L" + line;
    }

    /** The file on GitHub at the commit, or "". */
    public static String file(String repository, String commit, String folder, String page) {
        if (!isGitHub(repository) || commit == null || !commit.matches("[0-9a-fA-F]{7,40}")) {
            return "";
        }
        String path = (folder == null || folder.isEmpty() ? "" : folder + "/") + page;
        return "https://" + repository + "/blob/" + commit + "/" + encodePath(path);
    }

    /** The guide's folder in the repository at the commit, or "". */
    public static String folder(String repository, String commit, String folder) {
        if (!isGitHub(repository) || commit == null || !commit.matches("[0-9a-fA-F]{7,40}")) {
            return "";
        }
        return "https://" + repository + "/tree/" + commit + (folder == null || folder.isEmpty() ? "" : "/" + encodePath(folder));
    }

    /** "github.com/owner/name" and nothing else: no user-info, port, query or path beyond the name. */
    private static boolean isGitHub(String repository) {
        return repository != null && repository.matches("github\\.com/[A-Za-z0-9._-]+/[A-Za-z0-9._-]+");
    }

    /** A relative path with every segment percent-encoded (a relative reference by RFC 3986). */
    public static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
