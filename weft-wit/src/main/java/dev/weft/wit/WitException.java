package dev.weft.wit;

import dev.weft.errors.WeftException;
import java.util.Optional;

/**
 * Bad WIT: a syntax error, a name that does not resolve, a cycle, a duplicate, a misused feature
 * gate. The message says where, the way rustc and wit-parser do:
 *
 * <pre>
 * greeter.wit:4:18: name `strin` is not defined
 *   4 |   greet: func(s: strin) -> string;
 *     |                  ^^^^^
 * </pre>
 *
 * {@link #reason()} is the message alone; {@link #file()}, {@link #line()} and {@link #column()}
 * say where (line and column are 1-based; both are 0 for a problem with a whole file, such as
 * one that cannot be read).
 */
public final class WitException extends WeftException {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;
    private final transient Span span;

    public WitException(Span span, String reason) {
        super(render(span, reason));
        this.file = span.file().name();
        this.line = span.line();
        this.column = span.column();
        this.reason = reason;
        this.span = span;
    }

    private WitException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.line = 0;
        this.column = 0;
        this.reason = reason;
        this.span = null;
    }

    /** A problem with a whole file or directory (unreadable, missing, not UTF-8, ...). */
    public static WitException inFile(String file, String reason, Throwable cause) {
        return new WitException(file, reason, cause);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location and the source excerpt. */
    public String reason() {
        return reason;
    }

    public Optional<Span> span() {
        return Optional.ofNullable(span);
    }

    /** {@code file:line:col: reason}, the source line, and a caret under the span. */
    static String render(Span span, String reason) {
        SourceFile f = span.file();
        int line = span.line();
        String source = f.lineText(line);
        int lineStart = f.lineStart(line);
        int startInLine = Math.min(span.start() - lineStart, source.length());
        int endInLine = Math.min(Math.max(span.end() - lineStart, startInLine), source.length());
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < startInLine; ) {
            int cp = source.codePointAt(i);
            pad.append(cp == '\t' ? '\t' : ' ');
            i += Character.charCount(cp);
        }
        int carets = Math.max(1, source.codePointCount(startInLine, endInLine));
        String number = Integer.toString(line);
        String gutter = " ".repeat(number.length());
        return f.name() + ":" + line + ":" + span.column() + ": " + reason + "\n"
                + " " + number + " | " + source + "\n"
                + " " + gutter + " | " + pad + "^".repeat(carets);
    }
}
