package dev.weft.testsuite;

/** What became of one command. */
public enum Status {
    PASSED,
    FAILED,
    /** Not judged (needs a feature Weft does not have yet, or there is no binary); never counted as passed. */
    SKIPPED
}
