package dev.weft.runtime.value;

import dev.weft.runtime.value.WaveLexer.Kind;
import dev.weft.runtime.value.WaveLexer.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses WAVE text into {@link WaveNode}s, following the grammar of wasm-wave's {@code wave_ebnf.md}:
 * one value, or a function call {@code name(value, ...)}. Nesting is limited to {@value #MAX_DEPTH}
 * levels (as in wasm-wave), so hostile input cannot overflow the stack.
 */
final class WaveParser {
    static final int MAX_DEPTH = 100;

    /** A call as written: the function name, where it is, the argument nodes and where the closing paren is. */
    record ParsedCall(String name, int nameStart, int nameEnd, List<WaveNode> arguments, int close) {
    }

    private final String src;
    private final WaveLexer lexer;
    private final Deque<Token> ahead = new ArrayDeque<>();
    private int depth;
    private int lastEnd;

    private WaveParser(String source, int start) {
        this.src = source;
        this.lexer = new WaveLexer(source, start);
    }

    /** Parses {@code source} as exactly one value. */
    static WaveNode parseValue(String source) {
        WaveParser p = new WaveParser(source, 0);
        WaveNode node = p.value();
        p.expectEnd("after the value");
        return node;
    }

    /** Parses {@code source} as {@code name(arg, ...)}. */
    static ParsedCall parseCall(String source) {
        int start = 0;
        while (start < source.length() && Character.isWhitespace(source.charAt(start))) start++;
        int end = start;
        while (end < source.length() && isNameChar(source.charAt(end))) end++;
        WaveParser p = new WaveParser(source, end);
        if (end == start) {
            Token t = p.peek(0);
            throw p.error(t, t.kind() == Kind.END ? "expected a function call such as `add(1, 2)`"
                    : "expected a function name, found " + p.show(t));
        }
        Token open = p.next();
        if (open.kind() != Kind.LPAREN) {
            throw p.error(open, open.kind() == Kind.END ? "expected `(` after the function name (write `"
                    + source.substring(start, end) + "()` for no arguments)" : "expected `(` after the function name, found " + p.show(open));
        }
        List<WaveNode> args = p.sequence(Kind.RPAREN);
        int close = p.lastEnd - 1;
        p.expectEnd("after the call");
        return new ParsedCall(source.substring(start, end), start, end, args, close);
    }

    /** Characters of a function name: a label, {@code iface#f}, {@code pkg:ns/iface@1.0.0#f}, {@code [method]r.m}. */
    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-:/#.@[]%+_".indexOf(c) >= 0;
    }

    private WaveNode value() {
        if (depth >= MAX_DEPTH) {
            Token t = peek(0);
            throw error(t, "values nest deeper than " + MAX_DEPTH + " levels");
        }
        depth++;
        try {
            return valueInner();
        } finally {
            depth--;
        }
    }

    private WaveNode valueInner() {
        Token t = next();
        return switch (t.kind()) {
            case NUMBER -> new WaveNode.Number(t.start(), t.end(), t.text());
            case CHAR -> new WaveNode.CharLit(t.start(), t.end(), t.text().codePointAt(0));
            case STRING -> new WaveNode.StringLit(t.start(), t.end(), t.text());
            case LPAREN -> tuple(t);
            case LBRACKET -> list(t);
            case LBRACE -> recordOrFlags(t);
            case LABEL -> labelled(t);
            case RBRACE, RPAREN, RBRACKET, COLON, COMMA, END -> throw error(t, "expected a value, found " + show(t));
        };
    }

    private WaveNode tuple(Token open) {
        List<WaveNode> items = sequence(Kind.RPAREN);
        if (items.isEmpty()) throw new WaveSyntaxException(src, open.start(), lastEnd, "a tuple needs at least one element");
        return new WaveNode.Tuple(open.start(), lastEnd, items);
    }

    private WaveNode list(Token open) {
        List<WaveNode> items = sequence(Kind.RBRACKET);
        return new WaveNode.ListLit(open.start(), lastEnd, items);
    }

    /** Comma-separated values up to {@code close} (consumed), a trailing comma allowed. */
    private List<WaveNode> sequence(Kind close) {
        List<WaveNode> items = new ArrayList<>();
        if (peek(0).kind() == close) {
            next();
            return items;
        }
        while (true) {
            items.add(value());
            Token t = next();
            if (t.kind() == close) return items;
            if (t.kind() != Kind.COMMA) throw error(t, "expected `,` or " + close.text + ", found " + show(t));
            if (peek(0).kind() == close) {
                next();
                return items;
            }
        }
    }

    private WaveNode recordOrFlags(Token open) {
        Token first = peek(0);
        if (first.kind() == Kind.COLON) {
            next();
            expect(Kind.RBRACE, "to close the empty record `{:}`");
            return new WaveNode.Record(open.start(), lastEnd, List.of());
        }
        if (first.kind() == Kind.RBRACE) {
            next();
            return new WaveNode.Flags(open.start(), lastEnd, List.of());
        }
        if (first.kind() != Kind.LABEL) throw error(first, "expected a field or flag name, found " + show(first));
        return peek(1).kind() == Kind.COLON ? record(open) : flags(open);
    }

    private WaveNode record(Token open) {
        List<WaveNode.FieldNode> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            WaveNode.Label label = label("a field name");
            if (!seen.add(label.name())) throw error(label, "duplicate field `" + label.name() + "`");
            expect(Kind.COLON, "after the field name");
            fields.add(new WaveNode.FieldNode(label, value()));
            if (endOfEntries()) return new WaveNode.Record(open.start(), lastEnd, fields);
        }
    }

    private WaveNode flags(Token open) {
        List<WaveNode.Label> flags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            WaveNode.Label label = label("a flag name");
            if (!seen.add(label.name())) throw error(label, "duplicate flag `" + label.name() + "`");
            flags.add(label);
            if (endOfEntries()) return new WaveNode.Flags(open.start(), lastEnd, flags);
        }
    }

    /** After a record entry or a flag: {@code ,} then more, or {@code }} (after an optional comma). */
    private boolean endOfEntries() {
        Token t = next();
        if (t.kind() == Kind.RBRACE) return true;
        if (t.kind() != Kind.COMMA) throw error(t, "expected `,` or `}`, found " + show(t));
        if (peek(0).kind() == Kind.RBRACE) {
            next();
            return true;
        }
        return false;
    }

    private WaveNode.Label label(String what) {
        Token t = next();
        if (t.kind() != Kind.LABEL) throw error(t, "expected " + what + ", found " + show(t));
        return new WaveNode.Label(t.start(), t.end(), t.name());
    }

    /** A label in value position: a keyword ({@code true}, {@code some(x)}, {@code nan}, ...) or a case. */
    private WaveNode labelled(Token t) {
        int s = t.start();
        switch (t.text()) {
            case "true", "false" -> {
                return new WaveNode.BoolLit(s, t.end(), t.text().equals("true"));
            }
            case "inf", "nan" -> {
                return new WaveNode.Number(s, t.end(), t.text());
            }
            case "none" -> {
                return new WaveNode.None(s, t.end());
            }
            case "some" -> {
                expect(Kind.LPAREN, "after `some` (write `some(value)`)");
                WaveNode payload = value();
                expect(Kind.RPAREN, "to close `some(`");
                return new WaveNode.Some(s, lastEnd, payload);
            }
            case "ok", "err" -> {
                Optional<WaveNode> payload = payload(t.text());
                return new WaveNode.ResultLit(s, lastEnd, t.text().equals("ok"), payload);
            }
            default -> {
                WaveNode.Label label = new WaveNode.Label(s, t.end(), t.name());
                Optional<WaveNode> payload = payload(t.name());
                return payload.<WaveNode>map(p -> new WaveNode.Case(s, lastEnd, label, p)).orElse(label);
            }
        }
    }

    private Optional<WaveNode> payload(String what) {
        if (peek(0).kind() != Kind.LPAREN) return Optional.empty();
        next();
        WaveNode payload = value();
        expect(Kind.RPAREN, "to close `" + what + "(`");
        return Optional.of(payload);
    }

    private void expect(Kind kind, String context) {
        Token t = next();
        if (t.kind() != kind) throw error(t, "expected " + kind.text + " " + context + ", found " + show(t));
    }

    private void expectEnd(String context) {
        Token t = next();
        if (t.kind() != Kind.END) throw error(t, "unexpected " + show(t) + " " + context);
    }

    private Token peek(int n) {
        while (ahead.size() <= n) ahead.addLast(lexer.next());
        return n == 0 ? ahead.peekFirst() : ahead.stream().skip(n).findFirst().orElseThrow();
    }

    private Token next() {
        Token t = ahead.isEmpty() ? lexer.next() : ahead.removeFirst();
        lastEnd = t.end();
        return t;
    }

    /** A token for a message: its text in backquotes, or what it is. */
    private String show(Token t) {
        return switch (t.kind()) {
            case NUMBER, LABEL -> "`" + (t.text().length() > 24 ? t.text().substring(0, 21) + "..." : t.text()) + "`";
            case LBRACE, RBRACE, LPAREN, RPAREN, LBRACKET, RBRACKET, COLON, COMMA, CHAR, STRING, END -> t.kind().text;
        };
    }

    private WaveSyntaxException error(Token t, String reason) {
        return new WaveSyntaxException(src, t.start(), Math.max(t.end(), t.start() + 1), reason);
    }

    private WaveSyntaxException error(WaveNode node, String reason) {
        return new WaveSyntaxException(src, node.start(), node.end(), reason);
    }
}
