package dev.weft.wit.ast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token: its kind, its {@code char} range, whether whitespace or a comment came before it
 * (needed to tell {@code import a:b} from {@code import a: b}), and the doc comments before it.
 */
public record Token(Kind kind, int start, int end, boolean spaceBefore, List<String> docs) {

    /** The token kinds of <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/WIT.md#lexical-structure">WIT.md, Lexical structure</a>. */
    public enum Kind {
        EQUALS("'='"), COMMA("','"), COLON("':'"), SEMICOLON("';'"), LPAREN("'('"), RPAREN("')'"), LBRACE("'{'"),
        RBRACE("'}'"), LT("'<'"), GT("'>'"), STAR("'*'"), ARROW("'->'"), SLASH("'/'"), DOT("'.'"), AT("'@'"),
        UNDERSCORE("'_'"),
        ID("an identifier"), EXPLICIT_ID("an identifier"), NUMBER("a number"), STRING("a string"), EOF("end of file"),

        AS, ASYNC, BOOL, BORROW, CHAR, CONSTRUCTOR, ENUM, ERROR_CONTEXT("error-context", true), EXPORT, F32, F64, FLAGS,
        FROM, FUNC, FUTURE, IMPORT, INCLUDE, INTERFACE, LIST, MAP, OPTION, OWN, PACKAGE, RECORD, RESOURCE, RESULT,
        S16, S32, S64, S8, STATIC, STREAM, STRING_KW("string", true), TUPLE, TYPE, U16, U32, U64, U8, USE, VARIANT, WITH,
        WORLD;

        private static final Map<String, Kind> KEYWORDS = new HashMap<>();

        static {
            for (Kind k : values()) {
                if (k.keyword != null) KEYWORDS.put(k.keyword, k);
            }
        }

        private final String description;
        private final String keyword;

        Kind(String description) {
            this.description = description;
            this.keyword = null;
        }

        Kind() {
            this.keyword = name().toLowerCase();
            this.description = "keyword `" + keyword + "`";
        }

        Kind(String spelling, boolean isKeyword) {
            assert isKeyword;
            this.keyword = spelling;
            this.description = "keyword `" + spelling + "`";
        }

        /** The keyword spelled {@code text}, or null. */
        public static Kind keyword(String text) {
            return KEYWORDS.get(text);
        }

        /** Whether {@code text} is a keyword (so an identifier spelled so needs a {@code %}). */
        public static boolean isKeyword(String text) {
            return KEYWORDS.containsKey(text);
        }

        /** For messages: {@code ';'}, {@code keyword `use`}, {@code an identifier}. */
        public String description() {
            return description;
        }
    }

    public Token {
        docs = List.copyOf(docs);
    }
}
