package org.docs2kg.cli;

/** Exit codes of every docs2kg command. */
public final class ExitCodes {
    /** The work was done. */
    public static final int OK = 0;
    /** The work failed: bad input, unreadable file, failed query, violations found, targets missed. */
    public static final int FAILED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;

    /** diff --exit-code: the two versions differ. */
    public static final int DIFFERENT = 1;
    /** diff --exit-code: trouble (bad usage or failed work), as diff(1) says it. */
    public static final int TROUBLE = 2;

    private ExitCodes() {
    }

    /** A command whose failed work exits with another code than {@link #FAILED}. */
    interface OnFailure {
        int failureCode();
    }
}
