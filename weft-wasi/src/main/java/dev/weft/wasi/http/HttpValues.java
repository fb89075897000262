package dev.weft.wasi.http;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.types.OptionType;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;

/** Conversions between WIT values of {@code wasi:http/types} and the Java forms the resources keep. */
final class HttpValues {
    private HttpValues() {}

    /** A {@code method}: {@code GET}, ..., or the {@code other} string as given. */
    static String method(Value v) {
        VariantValue m = (VariantValue) v;
        if (!m.caseName().equals("other")) return m.caseName().toUpperCase(Locale.ROOT);
        return string(m.payload().orElseThrow());
    }

    /** The {@code method} value of {@code method}: a standard case when it is one (exactly, in upper case). */
    static Value methodValue(String method) {
        String lower = method.toLowerCase(Locale.ROOT);
        if (HttpTypes.METHODS.contains(lower) && method.equals(method.toUpperCase(Locale.ROOT))) {
            return Value.variant(HttpTypes.METHOD, lower);
        }
        return Value.variant(HttpTypes.METHOD, "other", Value.string(method));
    }

    /** A {@code scheme}: {@code http}, {@code https}, or the {@code other} string as given. */
    static String scheme(Value v) {
        VariantValue s = (VariantValue) v;
        return switch (s.caseName()) {
            case "HTTP" -> "http";
            case "HTTPS" -> "https";
            default -> string(s.payload().orElseThrow());
        };
    }

    static Value schemeValue(String scheme) {
        return switch (scheme) {
            case "http" -> Value.variant(HttpTypes.SCHEME, "HTTP");
            case "https" -> Value.variant(HttpTypes.SCHEME, "HTTPS");
            default -> Value.variant(HttpTypes.SCHEME, "other", Value.string(scheme));
        };
    }

    static String string(Value v) {
        return ((Str) v).value();
    }

    static byte[] bytes(Value list) {
        ListValue l = (ListValue) list;
        ByteBuffer b = l.bytes().orElseThrow();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    /** The payload of an {@code option}. */
    static Optional<Value> option(Value v) {
        return ((OptionValue) v).value();
    }

    /** {@code option<string>}. */
    static Value optionString(Optional<String> s) {
        return Value.option(HttpTypes.OPTION_STRING, s.map(Value::string));
    }

    /** {@code option<T>} of {@code type}. */
    static Value option(OptionType type, Optional<? extends Value> v) {
        return Value.option(type, v);
    }
}
