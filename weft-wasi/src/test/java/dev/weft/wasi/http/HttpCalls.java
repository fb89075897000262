package dev.weft.wasi.http;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.OptionValue;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.TupleValue;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.wasi.Calls;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.io.IoModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Calls the {@code wasi:io} and {@code wasi:http} host functions of one context directly, as a guest would. */
final class HttpCalls implements AutoCloseable {
    static final String TYPES = "wasi:http/types";

    final WasiContext ctx;
    final HttpResources r;
    private final Definitions defs = Definitions.recording();

    HttpCalls(WasiConfig config) {
        ctx = new WasiContext(config);
        new IoModule().define(defs, ctx);
        r = new HttpModule().define(defs, ctx, HttpPolicy.of(config));
    }

    HttpCalls() {
        this(WasiConfig.denyAll());
    }

    /** Calls {@code name} of {@code wasi:http/types}. */
    Value types(String name, Value... args) {
        return call(TYPES, name, args);
    }

    Value call(String iface, String name, Value... args) {
        return defs.function(iface, name).call(List.of(args)).orElse(null);
    }

    /** {@code [method]RESOURCE.NAME(self, args...)}. */
    Value method(String resource, String name, Value self, Value... args) {
        Value[] all = new Value[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return types("[method]" + resource + "." + name, all);
    }

    /** New fields holding {@code namesAndValues} (alternating), through {@code from-list}. */
    Value fields(String... namesAndValues) {
        List<Value> entries = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            entries.add(Value.tuple(HttpTypes.ENTRY, List.of(Value.string(namesAndValues[i]), Calls.list(namesAndValues[i + 1]))));
        }
        return Calls.ok(types("[static]fields.from-list", Value.list(HttpTypes.ENTRY, entries)));
    }

    /** The entries of a {@code list<tuple<string, list<u8>>>} as {@code name: value} lines. */
    static List<String> entries(Value list) {
        List<String> out = new ArrayList<>();
        for (Value e : ((ListValue) list).elements()) {
            TupleValue t = (TupleValue) e;
            out.add(((dev.weft.runtime.value.Str) t.get(0)).value() + ": " + Calls.text(t.get(1)));
        }
        return out;
    }

    /** The case name of the error of an {@code err} result (a variant). */
    static String errorCase(Value result) {
        ResultValue rv = (ResultValue) result;
        if (rv.isOk()) throw new AssertionError("expected err, got " + rv);
        return ((VariantValue) rv.payload().orElseThrow()).caseName();
    }

    static boolean isOk(Value result) {
        return ((ResultValue) result).isOk();
    }

    /** The payload of {@code some}, failing on {@code none}. */
    static Value some(Value option) {
        return ((OptionValue) option).value().orElseThrow(() -> new AssertionError("expected some, got none"));
    }

    static boolean isNone(Value option) {
        return ((OptionValue) option).value().isEmpty();
    }

    static Value text(String s) {
        return Calls.list(s);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        ctx.close();
    }
}
