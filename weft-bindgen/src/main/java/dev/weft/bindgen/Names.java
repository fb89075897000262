package dev.weft.bindgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Java names for WIT names: {@code echo-string} is the method {@code echoString}, the type
 * {@code point} is {@code Point}, the enum case {@code not-found} is {@code NOT_FOUND}, the package
 * {@code wasi:io@0.2.12} is {@code wasi.io}. Words are split at dashes; an all-caps word (an
 * acronym, {@code DNS-error}) is written like any other ({@code dnsError}, {@code DnsError}). A name
 * that is a Java keyword, or would clash with a member every object or record has, gets a
 * trailing {@code _}.
 */
final class Names {
    private Names() {}

    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits", "non-sealed");

    /** Members of {@code Object} and of records: a method or record component may not be called so. */
    static final Set<String> OBJECT_MEMBERS = Set.of("getClass", "hashCode", "equals", "toString", "notify",
            "notifyAll", "wait", "clone", "finalize");

    /**
     * Simple names the generated code uses unqualified (from {@code java.lang}, and the support types
     * of the generated base package): a generated type may not take them.
     */
    static final Set<String> RESERVED_TYPES = Set.of("String", "Object", "Integer", "Long", "Short", "Byte",
            "Boolean", "Float", "Double", "Character", "Void", "Override", "Exception", "RuntimeException",
            "IllegalArgumentException", "IllegalStateException", "AutoCloseable", "Math", "System", "Record", "Enum",
            "Class", "Iterable", "SuppressWarnings", "Deprecated", "FunctionalInterface", "Throwable",
            "Result", "Handles", "LinkedResources", "GuestResource", "GuestHandles", "BindingSupport", "Value",
            "ValueType", "List", "Optional", "Map", "Set", "EnumSet", "Objects", "Arrays", "Function");

    static List<String> words(String wit) {
        List<String> out = new ArrayList<>();
        for (String w : wit.split("-")) {
            if (!w.isEmpty()) out.add(w);
        }
        if (out.isEmpty()) out.add("x");
        return out;
    }

    private static String capitalized(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** {@code echo-string} to {@code echoString}: methods, fields, parameters. */
    static String member(String wit) {
        List<String> ws = words(wit);
        StringBuilder sb = new StringBuilder(ws.get(0).toLowerCase(Locale.ROOT));
        for (int i = 1; i < ws.size(); i++) sb.append(capitalized(ws.get(i)));
        return safe(sb.toString());
    }

    /** {@code point} to {@code Point}: types. */
    static String type(String wit) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(wit)) sb.append(capitalized(w));
        String s = safe(sb.toString());
        return RESERVED_TYPES.contains(s) ? s + "_" : s;
    }

    /** {@code not-found} to {@code NOT_FOUND}: enum constants. */
    static String constant(String wit) {
        return safe(String.join("_", words(wit)).toUpperCase(Locale.ROOT));
    }

    /** A package segment: lower case, dashes as underscores. */
    static String packageSegment(String wit) {
        String s = wit.toLowerCase(Locale.ROOT).replace('-', '_');
        if (!Character.isJavaIdentifierStart(s.charAt(0))) s = "_" + s;
        return safe(s);
    }

    /** A name that is a keyword, or an {@code Object} member, with a trailing {@code _}. */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(i == 0 ? (Character.isJavaIdentifierStart(c) ? c : '_') : (Character.isJavaIdentifierPart(c) ? c : '_'));
        }
        String s = sb.toString();
        return KEYWORDS.contains(s) || OBJECT_MEMBERS.contains(s) ? s + "_" : s;
    }

    /** {@code "..."} with Java escapes. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Text for a Javadoc comment: no comment terminators, HTML specials escaped. */
    static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("*/", "*&#47;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("@", "&#64;").replace("\\u", "\\&#117;");
    }
}
