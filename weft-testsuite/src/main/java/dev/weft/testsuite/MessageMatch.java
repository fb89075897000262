package dev.weft.testsuite;

/**
 * Whether a rejection's message contains the text the test expects. Weft's messages need not be
 * wasm-tools' (the spec's tests were written against it), so this is counted, not judged.
 */
public enum MessageMatch {
    /** No rejection with an expected text happened. */
    NOT_CHECKED,
    MATCHED,
    MISMATCHED
}
