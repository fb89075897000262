package dev.weft.wit.ast;

import dev.weft.wit.SourceFile;
import dev.weft.wit.Span;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Token.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a WIT file into tokens (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/WIT.md#lexical-structure">WIT.md,
 * Lexical structure</a>). Whitespace and comments are dropped, except that doc comments
 * ({@code ///} and {@code /** *}{@code /}) are kept on the token that follows them. A number token
 * is a run of {@code [0-9A-Za-z.+-]} that starts with a digit (a version or a length); the parser
 * interprets it.
 */
public final class Lexer {
    private final SourceFile file;
    private final String text;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();
    private final List<String> docs = new ArrayList<>();
    private boolean space = true;

    private Lexer(SourceFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** The tokens of {@code file}, ending with an {@link Kind#EOF} token. */
    public static List<Token> lex(SourceFile file) {
        checkCharacters(file);
        Lexer l = new Lexer(file);
        if (l.text.startsWith("\uFEFF")) l.pos = 1;
        l.run();
        return l.tokens;
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                add(Kind.EOF, pos, pos);
                return;
            }
            lexToken();
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
                space = true;
            } else if (text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                if (end < 0) end = text.length();
                String comment = text.substring(pos, end);
                if (comment.startsWith("///") && !comment.startsWith("////")) docs.add(comment);
                pos = end;
                space = true;
            } else if (text.startsWith("/*", pos)) {
                blockComment();
                space = true;
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    String comment = text.substring(start, pos);
                    if (comment.length() > 4 && comment.startsWith("/**") && comment.charAt(3) != '*') docs.add(comment);
                    return;
                }
            } else {
                pos++;
            }
        }
        throw new WitException(new Span(file, start, start + 2), "unterminated block comment");
    }

    private void lexToken() {
        int start = pos;
        char c = text.charAt(pos);
        Kind op = switch (c) {
            case '=' -> Kind.EQUALS;
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case ';' -> Kind.SEMICOLON;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case '<' -> Kind.LT;
            case '>' -> Kind.GT;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '.' -> Kind.DOT;
            case '@' -> Kind.AT;
            default -> null;
        };
        if (op != null) {
            pos++;
            add(op, start, pos);
        } else if (c == '-' && text.startsWith("->", pos)) {
            pos += 2;
            add(Kind.ARROW, start, pos);
        } else if (c == '%') {
            pos++;
            if (pos >= text.length() || !isWordPart(text.codePointAt(pos))) {
                throw new WitException(new Span(file, start, pos), "expected an identifier after `%`");
            }
            word();
            add(Kind.EXPLICIT_ID, start, pos);
        } else if (c >= '0' && c <= '9') {
            number();
            add(Kind.NUMBER, start, pos);
        } else if (isWordStart(text.codePointAt(pos))) {
            word();
            String w = text.substring(start, pos);
            Kind kw = Kind.keyword(w);
            add(w.equals("_") ? Kind.UNDERSCORE : kw != null ? kw : Kind.ID, start, pos);
        } else if (c == '"') {
            string();
            add(Kind.STRING, start, pos);
        } else {
            int cp = text.codePointAt(pos);
            throw new WitException(new Span(file, start, start + Character.charCount(cp)),
                    "unexpected character `" + Character.toString(cp) + "`");
        }
    }

    private void add(Kind kind, int start, int end) {
        tokens.add(new Token(kind, start, end, space, docs));
        docs.clear();
        space = false;
    }

    private static boolean isWordStart(int cp) {
        return Character.isLetter(cp) || cp == '_';
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '-';
    }

    private void word() {
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (!isWordPart(cp) || text.startsWith("->", pos)) break;
            pos += Character.charCount(cp);
        }
    }

    private void number() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean part = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-');
            if (!part || text.startsWith("->", pos)) break;
            pos++;
        }
        while (text.charAt(pos - 1) == '.') pos--; // `@0.2.12.{x}`: the dot starts `.{`
    }

    private void string() {
        int start = pos;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new WitException(new Span(file, start, start + 1), "unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\n' || c == '\r') {
                throw new WitException(new Span(file, start, pos), "unterminated string (a newline is not allowed in a string)");
            }
            pos += c == '\\' && pos + 1 < text.length() ? 2 : 1;
        }
    }

    /**
     * The value of a string token, with the escapes of the core Wasm text format's {@code name}:
     * {@code \t \n \r \" \' \\}, {@code \hh} (a byte) and <code>&#92;u{h+}</code>; the bytes must be UTF-8.
     */
    public static String stringValue(SourceFile file, Token t) {
        String s = file.text().substring(t.start() + 1, t.end() - 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int at = t.start() + 1 + i;
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= s.length()) throw new WitException(new Span(file, at, at + 1), "invalid escape in string");
            char e = s.charAt(i + 1);
            switch (e) {
                case 't' -> bytes.write('\t');
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case '"', '\'', '\\' -> bytes.write(e);
                case 'u' -> {
                    int close = s.indexOf('}', i);
                    if (i + 2 >= s.length() || s.charAt(i + 2) != '{' || close < 0) {
                        throw new WitException(new Span(file, at, at + 2), "invalid `\\u{...}` escape in string");
                    }
                    int cp = unicodeEscape(file, s.substring(i + 3, close), at, at + close - i + 1);
                    bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                    i = close + 1;
                    continue;
                }
                default -> {
                    if (i + 2 >= s.length() || hex(e) < 0 || hex(s.charAt(i + 2)) < 0) {
                        throw new WitException(new Span(file, at, Math.min(at + 3, t.end() - 1)), "invalid escape in string");
                    }
                    bytes.write(hex(e) * 16 + hex(s.charAt(i + 2)));
                    i += 3;
                    continue;
                }
            }
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException ex) {
            throw new WitException(new Span(file, t.start(), t.end()), "string is not valid UTF-8");
        }
    }

    private static int unicodeEscape(SourceFile file, String digits, int start, int end) {
        boolean ok = !digits.isEmpty() && digits.length() <= 6 && digits.chars().allMatch(ch -> hex((char) ch) >= 0);
        int cp = ok ? Integer.parseInt(digits, 16) : -1;
        if (!ok || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw new WitException(new Span(file, start, end), "invalid `\\u{...}` escape in string: not a Unicode scalar value");
        }
        return cp;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /**
     * WIT.md: no bidirectional override scalar values, no control codes other than newline,
     * carriage return and tab, no code points Unicode deprecates or strongly discourages.
     */
    private static void checkCharacters(SourceFile file) {
        String text = file.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String why = null;
            if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
                why = "bidirectional override";
            } else if (cp == 0x149 || cp == 0x673 || cp == 0xF77 || cp == 0xF79 || cp == 0x17A3 || cp == 0x17A4
                    || cp == 0x17B4 || cp == 0x17B5) {
                why = "deprecated or discouraged code point";
            } else if (Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t') {
                why = "control code";
            } else if (Character.isSurrogate(text.charAt(i))) {
                why = "unpaired surrogate";
            }
            if (why != null) {
                throw new WitException(new Span(file, i, i + Character.charCount(cp)),
                        why + " U+" + String.format("%04X", cp) + " is not allowed in WIT");
            }
            i += Character.charCount(cp);
        }
    }
}
