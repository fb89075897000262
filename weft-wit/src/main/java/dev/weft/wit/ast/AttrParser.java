package dev.weft.wit.ast;

import dev.weft.wit.Docs;
import dev.weft.wit.SemVer;
import dev.weft.wit.Span;
import dev.weft.wit.Stability;
import dev.weft.wit.ast.Ast.Attrs;
import dev.weft.wit.ast.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Doc comments and the attributes before an item: the gates {@code @since(version = v)},
 * {@code @unstable(feature = f)}, {@code @deprecated(version = v)}, and {@code @external-id("...")}.
 * A gate is {@code @since} or {@code @unstable} (not both), maybe with {@code @deprecated}.
 */
final class AttrParser {
    private final Cursor c;

    AttrParser(Cursor c) {
        this.c = c;
    }

    Attrs attrs() {
        List<String> raw = new ArrayList<>(c.peek().docs());
        Token first = c.peek();
        SemVer since = null;
        SemVer deprecated = null;
        String feature = null;
        String externalId = null;
        Span externalIdSpan = null;
        Span gateSpan = null;
        while (c.at(Kind.AT)) {
            Token at = c.next();
            if (!c.at(Kind.ID)) throw c.expected("`since`, `unstable`, `deprecated` or `external-id` after `@`");
            String name = c.text(c.next());
            c.expect(Kind.LPAREN);
            switch (name) {
                case "since" -> {
                    duplicate(since != null, at, name);
                    since = version();
                }
                case "deprecated" -> {
                    duplicate(deprecated != null, at, name);
                    deprecated = version();
                }
                case "unstable" -> {
                    duplicate(feature != null, at, name);
                    field("feature");
                    feature = c.ident().name();
                }
                case "external-id" -> {
                    duplicate(externalId != null, at, name);
                    externalId = Lexer.stringValue(c.file, c.expect(Kind.STRING));
                }
                default -> throw c.error(c.spanFrom(at), "unknown attribute `@" + name
                        + "` (expected `@since`, `@unstable`, `@deprecated` or `@external-id`)");
            }
            c.expect(Kind.RPAREN);
            Span span = c.spanFrom(at);
            if (name.equals("external-id")) {
                externalIdSpan = span;
            } else {
                gateSpan = gateSpan == null ? span : gateSpan.to(span);
                if (since != null && feature != null) {
                    throw c.error(span, "an item cannot be both `@since` and `@unstable`");
                }
            }
            if (c.peek() != first) raw.addAll(c.peek().docs());
        }
        if (deprecated != null && since == null && feature == null) {
            throw c.error(gateSpan, "`@deprecated` must be paired with `@since` or `@unstable`");
        }
        Stability stability = since != null ? new Stability.Stable(since, Optional.ofNullable(deprecated))
                : feature != null ? new Stability.Unstable(feature, Optional.ofNullable(deprecated))
                : Stability.UNKNOWN;
        return new Attrs(docs(raw), stability, Optional.ofNullable(gateSpan), Optional.ofNullable(externalId),
                Optional.ofNullable(externalIdSpan));
    }

    private void duplicate(boolean seen, Token at, String name) {
        if (seen) throw c.error(c.spanFrom(at), "duplicate `@" + name + "` attribute");
    }

    private void field(String expected) {
        if (!c.at(Kind.ID) || !c.text(c.peek()).equals(expected)) throw c.expected("`" + expected + "`");
        c.next();
        c.expect(Kind.EQUALS);
    }

    private SemVer version() {
        field("version");
        return version(c);
    }

    /** A semver version token (after {@code @} or {@code version =}). */
    static SemVer version(Cursor c) {
        if (!c.at(Kind.NUMBER)) throw c.expected("a version (like `1.2.3`)");
        Token t = c.next();
        try {
            return SemVer.parse(c.text(t));
        } catch (IllegalArgumentException e) {
            throw c.error(c.span(t), e.getMessage());
        }
    }

    /** The docs of the doc comments {@code raw} (as in the source, markers included). */
    static Docs docs(List<String> raw) {
        List<String> lines = new ArrayList<>();
        for (String comment : raw) {
            if (comment.startsWith("///")) {
                String line = comment.substring(3);
                if (line.startsWith(" ")) line = line.substring(1);
                lines.add(line.stripTrailing());
            } else {
                lines.addAll(blockLines(comment.substring(3, comment.length() - 2)));
            }
        }
        return Docs.of(String.join("\n", lines));
    }

    private static List<String> blockLines(String body) {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\r?\n", -1)) {
            String l = line.strip();
            if (l.startsWith("*")) {
                l = l.substring(1);
                if (l.startsWith(" ")) l = l.substring(1);
            }
            out.add(l.stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) out.remove(0);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }
}
