package dev.weft.wit.ast;

import dev.weft.wit.SourceFile;
import dev.weft.wit.Span;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast.Ident;
import dev.weft.wit.ast.Token.Kind;
import java.util.List;

/** The token stream shared by the parsers: look-ahead, expectations, and errors with spans. */
final class Cursor {
    final SourceFile file;
    private final List<Token> tokens;
    private int pos;

    Cursor(SourceFile file) {
        this.file = file;
        this.tokens = Lexer.lex(file);
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(Math.max(pos - 1, 0));
    }

    boolean at(Kind kind) {
        return peek().kind() == kind;
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.EOF) pos++;
        return t;
    }

    boolean eat(Kind kind) {
        if (!at(kind)) return false;
        next();
        return true;
    }

    Token expect(Kind kind) {
        if (!at(kind)) throw expected(kind.description());
        return next();
    }

    /** {@code expected X, found Y} at the current token. */
    WitException expected(String what) {
        return new WitException(span(peek()), "expected " + what + ", found " + describe(peek()));
    }

    WitException error(Span span, String message) {
        return new WitException(span, message);
    }

    String describe(Token t) {
        return switch (t.kind()) {
            case ID, EXPLICIT_ID -> "identifier `" + text(t) + "`";
            case NUMBER -> "number `" + text(t) + "`";
            case STRING -> "string " + text(t);
            default -> t.kind().description();
        };
    }

    String text(Token t) {
        return file.text().substring(t.start(), t.end());
    }

    Span span(Token t) {
        return new Span(file, t.start(), t.end());
    }

    /** The span from the start of {@code first} to the end of the last token consumed. */
    Span spanFrom(Token first) {
        return new Span(file, first.start(), Math.max(first.end(), previous().end()));
    }

    /** {@code kw:} where a name is expected: a keyword used as a name without {@code %}. */
    void rejectKeywordAsName() {
        if (Token.Kind.isKeyword(text(peek())) && peek(1).kind() == Kind.COLON) {
            throw new WitException(span(peek()), "`" + text(peek()) + "` is a keyword; write `%" + text(peek())
                    + "` to use it as a name");
        }
    }

    boolean atIdent() {
        return at(Kind.ID) || at(Kind.EXPLICIT_ID);
    }

    /** An identifier (plain or {@code %}-prefixed), checked to be a kebab-case label. */
    Ident ident() {
        if (!atIdent()) {
            if (Token.Kind.isKeyword(text(peek()))) {
                throw new WitException(span(peek()), "expected an identifier, found " + describe(peek())
                        + " (write `%" + text(peek()) + "` to use it as a name)");
            }
            throw expected("an identifier");
        }
        Token t = next();
        String raw = text(t);
        String name = t.kind() == Kind.EXPLICIT_ID ? raw.substring(1) : raw;
        Span span = span(t);
        Identifiers.check(name, span);
        return new Ident(name, span);
    }
}
