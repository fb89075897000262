package dev.weft.runtime.value;

import dev.weft.errors.WeftException;

/**
 * WAVE text that does not parse, or does not fit the type it is parsed against. The message says
 * what was expected and where, and shows the line with a caret under the place:
 * <pre>
 * expected `,` or `)`, found `3` at column 7
 *   add(2 3)
 *         ^
 * </pre>
 * Columns and lines count from 1, in Unicode code points.
 */
public final class WaveSyntaxException extends WeftException {
    private static final int WINDOW = 72;

    private final String reason;
    private final int offset;
    private final int end;
    private final int line;
    private final int column;

    WaveSyntaxException(String source, int start, int end, String reason) {
        super(format(source, start, end, reason));
        this.reason = reason;
        this.offset = start;
        this.end = end;
        int lineStart = lineStart(source, start);
        this.line = (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        this.column = source.codePointCount(lineStart, start) + 1;
    }

    /** What went wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** Offset of the problem in the text, in UTF-16 units (a Java string index). */
    public int offset() {
        return offset;
    }

    /** The same problem, its reason rewritten (to add context such as the parameter). */
    WaveSyntaxException withReason(String source, String newReason) {
        return new WaveSyntaxException(source, offset, end, newReason);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    private static String format(String source, int start, int end, String reason) {
        int lineStart = lineStart(source, start);
        int lineEnd = source.indexOf('\n', start);
        if (lineEnd < 0) lineEnd = source.length();
        if (lineEnd > lineStart && source.charAt(lineEnd - 1) == '\r') lineEnd--;
        int[] text = source.substring(lineStart, lineEnd).codePoints().toArray();
        int col = source.codePointCount(lineStart, Math.min(start, lineEnd));
        int width = Math.max(1, source.codePointCount(Math.min(start, lineEnd), Math.max(start, Math.min(end, lineEnd))));
        boolean multiline = source.indexOf('\n') >= 0;
        int lineNo = (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        String where = multiline ? " at line " + lineNo + ", column " + (col + 1) : " at column " + (col + 1);
        // Show a window of the line around the caret when the line is long.
        int from = Math.max(0, Math.min(col - WINDOW / 2, text.length - WINDOW));
        int to = Math.min(text.length, from + WINDOW);
        StringBuilder shown = new StringBuilder("  ").append(from > 0 ? "..." : "");
        StringBuilder caret = new StringBuilder("  ").append(from > 0 ? "   " : "");
        for (int i = from; i < to; i++) {
            shown.appendCodePoint(text[i]);
            if (i < col) caret.append(text[i] == '\t' ? '\t' : ' ');
        }
        if (to < text.length) shown.append("...");
        caret.append("^".repeat(Math.max(1, Math.min(width, Math.max(1, to - col)))));
        return reason + where + "\n" + shown + "\n" + caret;
    }

    private static int lineStart(String source, int offset) {
        return source.lastIndexOf('\n', Math.min(offset, source.length()) - 1) + 1;
    }
}
