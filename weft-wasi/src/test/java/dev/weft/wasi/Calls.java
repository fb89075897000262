package dev.weft.wasi;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.VariantValue;
import dev.weft.wasi.cli.CliModule;
import dev.weft.wasi.clocks.ClocksModule;
import dev.weft.wasi.io.IoModule;
import dev.weft.wasi.random.RandomModule;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Calls host functions directly, without a guest: the io, clocks, random and cli modules of one
 * {@link WasiContext}, recorded by {@link Definitions#recording()}.
 */
public final class Calls {
    public final WasiContext ctx;
    private final Definitions defs = Definitions.recording();

    public Calls(WasiConfig config) {
        ctx = new WasiContext(config);
        new IoModule().define(defs, ctx);
        new ClocksModule().define(defs, ctx);
        new RandomModule().define(defs, ctx);
        new CliModule().define(defs, ctx);
    }

    public Calls() {
        this(WasiConfig.denyAll());
    }

    /** Calls {@code name} of {@code iface} (unversioned); returns its result or null. */
    public Value call(String iface, String name, Value... args) {
        return defs.function(iface, name).call(List.of(args)).orElse(null);
    }

    /** The {@code ok} payload of a result (failing with the error otherwise). */
    public static Value ok(Value result) {
        ResultValue r = (ResultValue) result;
        if (!r.isOk()) throw new AssertionError("expected ok, got " + r);
        return r.payload().orElse(null);
    }

    /** The case name of a {@code stream-error} in an {@code err} result. */
    public static String streamError(Value result) {
        ResultValue r = (ResultValue) result;
        if (r.isOk()) throw new AssertionError("expected err, got " + r);
        return ((VariantValue) r.payload().orElseThrow()).caseName();
    }

    /** The bytes of a {@code list<u8>}. */
    public static byte[] bytes(Value list) {
        ByteBuffer b = ((ListValue) list).bytes().orElseThrow();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    public static String text(Value list) {
        return new String(bytes(list), StandardCharsets.UTF_8);
    }

    public static Value list(String text) {
        return Value.bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String show(byte[] b) {
        return Arrays.toString(b);
    }
}
