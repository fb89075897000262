package dev.weft.runtime.value;

import java.util.regex.Pattern;

/**
 * The tokens of WAVE text (see {@link Wave}): punctuation, numbers, labels (keywords included),
 * chars and strings, the last two decoded here. Whitespace and {@code //} comments are skipped.
 */
final class WaveLexer {
    enum Kind {
        LBRACE("`{`"), RBRACE("`}`"), LPAREN("`(`"), RPAREN("`)`"), LBRACKET("`[`"), RBRACKET("`]`"),
        COLON("`:`"), COMMA("`,`"), NUMBER("a number"), LABEL("a label"), CHAR("a char"), STRING("a string"),
        END("the end of the input");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /**
     * A token from {@code start} to {@code end}; {@code text} is the source text of a number or label
     * (with any {@code %}) and the decoded contents of a string or char.
     */
    record Token(Kind kind, int start, int end, String text) {
        /** A label's name, without the {@code %} that escapes a keyword. */
        String name() {
            return text.startsWith("%") ? text.substring(1) : text;
        }

        /** Whether this is the unescaped keyword {@code keyword}. */
        boolean isKeyword(String keyword) {
            return kind == Kind.LABEL && text.equals(keyword);
        }
    }

    private static final Pattern LABEL = Pattern.compile("([a-z][a-z0-9]*|[A-Z][A-Z0-9]*)(-([a-z0-9]+|[A-Z0-9]+))*");

    private final String src;
    private int pos;

    WaveLexer(String source, int start) {
        this.src = source;
        this.pos = start;
    }

    Token next() {
        skipSpace();
        if (pos >= src.length()) return new Token(Kind.END, pos, pos, "");
        int start = pos;
        char c = src.charAt(pos);
        Kind punct = switch (c) {
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case ':' -> Kind.COLON;
            case ',' -> Kind.COMMA;
            default -> null;
        };
        if (punct != null) {
            pos++;
            return new Token(punct, start, pos, String.valueOf(c));
        }
        if (c == '-' || isDigit(c)) return number();
        if (c == '%' || isLetter(c)) return label();
        if (c == '\'') return character();
        if (src.startsWith("\"\"\"", pos)) return multiline();
        if (c == '"') return string();
        int cp = src.codePointAt(pos);
        throw error(pos, pos + Character.charCount(cp), "unexpected character `" + Character.toString(cp) + "`");
    }

    private void skipSpace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (src.startsWith("//", pos)) {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 ? src.length() : nl + 1;
            } else {
                return;
            }
        }
    }

    private Token number() {
        int start = pos;
        if (src.startsWith("-inf", pos) && !isLabelChar(at(pos + 4))) {
            pos += 4;
            return new Token(Kind.NUMBER, start, pos, "-inf");
        }
        if (at(pos) == '-') pos++;
        if (!isDigit(at(pos))) throw error(start, pos + 1, "expected a digit after `-`");
        if (at(pos) == '0') {
            pos++;
        } else {
            while (isDigit(at(pos))) pos++;
        }
        if (at(pos) == '.') {
            pos++;
            if (!isDigit(at(pos))) throw error(start, pos, "expected a digit after `.` in a number");
            while (isDigit(at(pos))) pos++;
        }
        if (at(pos) == 'e' || at(pos) == 'E') {
            pos++;
            if (at(pos) == '+' || at(pos) == '-') pos++;
            if (!isDigit(at(pos))) throw error(start, pos, "expected a digit in the exponent of a number");
            while (isDigit(at(pos))) pos++;
        }
        if (isLabelChar(at(pos)) || at(pos) == '.') {
            int end = pos;
            while (isLabelChar(at(end)) || at(end) == '.') end++;
            String text = src.substring(start, end);
            throw error(start, end, "invalid number `" + text + "`" + (text.matches("-?0[0-9].*") ? ": no leading zeros" : ""));
        }
        return new Token(Kind.NUMBER, start, pos, src.substring(start, pos));
    }

    private Token label() {
        int start = pos;
        if (at(pos) == '%') pos++;
        int nameStart = pos;
        while (isLabelChar(at(pos))) pos++;
        String name = src.substring(nameStart, pos);
        if (!LABEL.matcher(name).matches()) {
            throw error(start, Math.max(pos, start + 1), "invalid label `" + src.substring(start, pos) + "`: a label is "
                    + "words joined by `-`, each starting with a letter and all lowercase or all uppercase");
        }
        return new Token(Kind.LABEL, start, pos, src.substring(start, pos));
    }

    private Token character() {
        int start = pos++;
        if (at(pos) == '\'') throw error(start, pos + 1, "empty char literal");
        if (at(pos) == '\n' || pos >= src.length()) throw error(start, pos, "unterminated char literal");
        int cp;
        if (at(pos) == '\\') {
            cp = escape();
        } else {
            cp = src.codePointAt(pos);
            pos += Character.charCount(cp);
        }
        if (at(pos) != '\'') {
            int end = src.indexOf('\'', pos);
            int nl = src.indexOf('\n', pos);
            boolean closed = end >= 0 && (nl < 0 || end < nl);
            throw error(start, closed ? end + 1 : pos, closed ? "a char literal holds exactly one character; use a string"
                    : "unterminated char literal");
        }
        pos++;
        return new Token(Kind.CHAR, start, pos, Character.toString(cp));
    }

    private Token string() {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= src.length() || at(pos) == '\n') {
                throw error(start, pos, "unterminated string (a string cannot span lines: write `\\n`, or use a \"\"\" string)");
            }
            char c = src.charAt(pos);
            if (c == '"') break;
            if (c == '\\') {
                out.appendCodePoint(escape());
            } else {
                out.append(c);
                pos++;
            }
        }
        pos++;
        return new Token(Kind.STRING, start, pos, out.toString());
    }

    /**
     * A {@code """} string: a line break after the opening quotes, the closing ones on a line of
     * their own whose spaces set the indent that every line loses; the lines join with {@code \n}.
     */
    private Token multiline() {
        int start = pos;
        int close = src.indexOf("\"\"\"", start + 3);
        if (close < 0) throw error(start, start + 3, "unterminated multiline string (no closing \"\"\")");
        int p = start + 3;
        if (at(p) == '\r') p++;
        if (at(p) != '\n') throw error(start, start + 3, "opening \"\"\" must be followed immediately by a line break");
        int lastNl = src.lastIndexOf('\n', close - 1);
        String indent = src.substring(lastNl + 1, close);
        if (!indent.chars().allMatch(ch -> ch == ' ')) {
            throw error(close, close + 3, "closing \"\"\" must be on a line of its own, preceded only by spaces");
        }
        StringBuilder out = new StringBuilder();
        for (int line = p + 1; line <= lastNl; ) {
            int nl = src.indexOf('\n', line);
            if (line > p + 1) out.append('\n');
            if (!src.startsWith(indent, line)) {
                throw error(line, line + 1, "lines must be indented at least as much as the closing \"\"\"");
            }
            int end = nl > line && src.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            pos = line + indent.length();
            while (pos < end) {
                if (src.charAt(pos) == '\\') {
                    out.appendCodePoint(escape());
                } else {
                    out.append(src.charAt(pos++));
                }
            }
            line = nl + 1;
        }
        pos = close + 3;
        return new Token(Kind.STRING, start, pos, out.toString());
    }

    /** Decodes the escape at {@code pos} (a backslash) and moves past it. */
    int escape() {
        int start = pos;
        char e = at(pos + 1);
        pos += 2;
        switch (e) {
            case '\\', '\'', '"' -> {
                return e;
            }
            case 't' -> {
                return '\t';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 'u' -> {
                return unicodeEscape(start);
            }
            default -> throw error(start, Math.min(pos, src.length()), "invalid escape; WAVE has "
                    + "\\\\ \\' \\\" \\t \\n \\r and \\u{hex}");
        }
    }

    private int unicodeEscape(int start) {
        if (at(pos) != '{') throw error(start, pos, "invalid escape: write \\u{hex}");
        int digitsStart = ++pos;
        while (Character.digit(at(pos), 16) >= 0) pos++;
        if (at(pos) != '}' || pos == digitsStart || pos - digitsStart > 6) {
            throw error(start, pos + 1, "invalid escape: \\u{...} takes 1 to 6 hex digits");
        }
        int cp = Integer.parseInt(src, digitsStart, pos, 16);
        pos++;
        if (!Char.isScalarValue(cp)) {
            throw error(start, pos, "invalid escape: U+" + Integer.toHexString(cp).toUpperCase() + " is not a Unicode scalar value");
        }
        return cp;
    }

    void moveTo(int position) {
        pos = position;
    }

    int position() {
        return pos;
    }

    WaveSyntaxException error(int start, int end, String reason) {
        return new WaveSyntaxException(src, start, end, reason);
    }

    private char at(int i) {
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLabelChar(char c) {
        return isLetter(c) || isDigit(c) || c == '-' || c == '_';
    }
}
