package dev.weft.wit;

/** A range {@code [start, end)} of {@code char} offsets in a WIT source file. */
public record Span(SourceFile file, int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** The span from the start of this one to the end of {@code other} (same file). */
    public Span to(Span other) {
        return new Span(file, start, Math.max(end, other.end));
    }

    public int line() {
        return file.line(start);
    }

    public int column() {
        return file.column(start);
    }

    /** The source text covered. */
    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    @Override
    public String toString() {
        return file.name() + ":" + line() + ":" + column();
    }
}
