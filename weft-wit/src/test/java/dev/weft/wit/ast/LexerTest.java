package dev.weft.wit.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wit.SourceFile;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Token.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<Token> lex(String text) {
        return Lexer.lex(new SourceFile("t.wit", text));
    }

    private static List<Kind> kinds(String text) {
        return lex(text).stream().map(Token::kind).toList();
    }

    private static WitException error(String text) {
        return assertThrows(WitException.class, () -> lex(text));
    }

    @Test
    void operatorsKeywordsAndIdentifiers() {
        assertEquals(List.of(Kind.ID, Kind.COLON, Kind.ASYNC, Kind.FUNC, Kind.LPAREN, Kind.EXPLICIT_ID, Kind.COLON,
                Kind.STRING_KW, Kind.RPAREN, Kind.ARROW, Kind.RESULT, Kind.LT, Kind.UNDERSCORE, Kind.COMMA,
                Kind.ERROR_CONTEXT, Kind.GT, Kind.SEMICOLON, Kind.EOF),
                kinds("a-b: async func(%type: string) -> result<_, error-context>;"));
        assertEquals(List.of(Kind.EQUALS, Kind.STAR, Kind.SLASH, Kind.DOT, Kind.AT, Kind.LBRACE, Kind.RBRACE, Kind.EOF),
                kinds("= * / . @ { }"));
    }

    @Test
    void everyKeywordOfTheSpec() {
        String spec = "as async bool borrow char constructor enum export f32 f64 flags from func future import "
                + "include interface list map option own package record resource result s16 s32 s64 s8 static "
                + "stream string tuple type u16 u32 u64 u8 use variant with world";
        for (String kw : spec.split(" ")) {
            assertTrue(Kind.isKeyword(kw), kw);
            assertEquals(kw, lex(kw).get(0).kind().description().replace("keyword `", "").replace("`", ""));
        }
        assertFalse(Kind.isKeyword("error"));
        assertFalse(Kind.isKeyword("since"));
    }

    @Test
    void versionsAndNumbers() {
        List<Token> t = lex("wasi:io/streams@0.2.12.{x}");
        assertEquals(List.of(Kind.ID, Kind.COLON, Kind.ID, Kind.SLASH, Kind.ID, Kind.AT, Kind.NUMBER, Kind.DOT,
                Kind.LBRACE, Kind.ID, Kind.RBRACE, Kind.EOF), t.stream().map(Token::kind).toList());
        assertEquals("0.2.12", text("wasi:io/streams@0.2.12.{x}", t.get(6)));
        String pre = "@1.0.0-rc.1+build.5;";
        assertEquals("1.0.0-rc.1+build.5", text(pre, lex(pre).get(1)));
        assertEquals(List.of(Kind.LIST, Kind.LT, Kind.U8, Kind.COMMA, Kind.NUMBER, Kind.GT, Kind.EOF), kinds("list<u8,4>"));
    }

    private static String text(String source, Token t) {
        return source.substring(t.start(), t.end());
    }

    @Test
    void commentsNestAndDocCommentsAreKept() {
        List<Token> t = lex("/* a /* nested */ comment */ // line\n/// doc one\n//// not a doc\n/** doc two */ /**/ x");
        assertEquals(2, t.size());
        assertEquals(List.of("/// doc one", "/** doc two */"), t.get(0).docs());
        assertTrue(t.get(0).spaceBefore());
    }

    @Test
    void spaceBeforeTellsPathsFromPlainNames() {
        List<Token> packed = lex("a:b");
        assertFalse(packed.get(1).spaceBefore());
        assertFalse(packed.get(2).spaceBefore());
        assertTrue(lex("a: b").get(2).spaceBefore());
    }

    @Test
    void identifierCharactersStopBeforeAnArrow() {
        assertEquals(List.of(Kind.RPAREN, Kind.ARROW, Kind.ID, Kind.EOF), kinds(")->x"));
        assertEquals(List.of(Kind.ID, Kind.ARROW, Kind.ID, Kind.EOF), kinds("a->b"));
    }

    @Test
    void strings() {
        SourceFile f = new SourceFile("t.wit", "\"a\\t\\n\\\"\\u{2603}\\41\\e2\\98\\83\"");
        Token t = Lexer.lex(f).get(0);
        assertEquals(Kind.STRING, t.kind());
        assertEquals("a\t\n\"\u2603A\u2603", Lexer.stringValue(f, t));
        SourceFile bad = new SourceFile("t.wit", "\"\\ff\"");
        assertEquals("string is not valid UTF-8",
                assertThrows(WitException.class, () -> Lexer.stringValue(bad, Lexer.lex(bad).get(0))).reason());
        SourceFile surrogate = new SourceFile("t.wit", "\"\\u{d800}\"");
        assertThrows(WitException.class, () -> Lexer.stringValue(surrogate, Lexer.lex(surrogate).get(0)));
    }

    @Test
    void lexicalErrorsSayWhere() {
        WitException e = error("interface i {\n  a - b\n}");
        assertEquals("unexpected character `-`", e.reason());
        assertEquals("2:5", e.line() + ":" + e.column());
        assertEquals("unterminated string", error("x \"abc").reason());
        assertEquals("unterminated string (a newline is not allowed in a string)", error("\"ab\nc\"").reason());
        assertEquals("unterminated block comment", error("x /* /* */").reason());
        assertEquals("expected an identifier after `%`", error("% x").reason());
        assertEquals("unexpected character `#`", error("#").reason());
    }

    @Test
    void forbiddenCharacters() {
        assertEquals("bidirectional override U+202E is not allowed in WIT", error("a \u202E b").reason());
        assertEquals("control code U+0007 is not allowed in WIT", error("a\u0007").reason());
        assertEquals("deprecated or discouraged code point U+0149 is not allowed in WIT", error("\u0149").reason());
        assertEquals(List.of(Kind.ID, Kind.EOF), kinds("\uFEFFx\r\n"));
    }
}
