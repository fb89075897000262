package dev.weft.wasi.random;

import dev.weft.runtime.Linker;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Value;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiModule;
import dev.weft.wasi.WasiValues;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code wasi:random/random} from {@link SecureRandom}; {@code insecure} from a
 * {@link SplittableRandom} seeded by it; {@code insecure-seed} one fixed pair per link. Always
 * granted. A {@code len} above {@link WasiValues#MAX_CHUNK} traps (the result must fit in memory).
 */
public final class RandomModule implements WasiModule {
    private final SecureRandom secure = new SecureRandom();
    private final SplittableRandom insecure = new SplittableRandom(secure.nextLong());
    private final long seed0 = secure.nextLong();
    private final long seed1 = secure.nextLong();

    @Override
    public void addToLinker(Linker linker, WasiContext ctx) {
        define(Definitions.into(linker), ctx);
    }

    /** Defines the three interfaces in {@code defs}. */
    public void define(Definitions defs, WasiContext ctx) {
        defs.func("wasi:random/random", "get-random-bytes", args ->
                bytes(secureBytes(length(args.get(0), "get-random-bytes"))));
        defs.func("wasi:random/random", "get-random-u64", args -> WasiValues.u64Result(secureLong()));
        defs.func("wasi:random/insecure", "get-insecure-random-bytes", args ->
                bytes(insecureBytes(length(args.get(0), "get-insecure-random-bytes"))));
        defs.func("wasi:random/insecure", "get-insecure-random-u64", args -> WasiValues.u64Result(insecureLong()));
        defs.func("wasi:random/insecure-seed", "insecure-seed", args ->
                Optional.of(Value.tuple(Value.u64(seed0), Value.u64(seed1))));
    }

    private static int length(Value len, String function) {
        long n = WasiValues.u64(len);
        if (n > WasiValues.MAX_CHUNK) {
            throw WasiValues.trap("wasi:random." + function + ": " + n + " bytes exceed the limit of " + WasiValues.MAX_CHUNK);
        }
        return (int) n;
    }

    private static Optional<Value> bytes(byte[] bytes) {
        return Optional.of(ListValue.wrapBytes(bytes));
    }

    private byte[] secureBytes(int n) {
        byte[] out = new byte[n];
        secure.nextBytes(out);
        return out;
    }

    private long secureLong() {
        return secure.nextLong();
    }

    private synchronized byte[] insecureBytes(int n) {
        byte[] out = new byte[n];
        insecure.nextBytes(out);
        return out;
    }

    private synchronized long insecureLong() {
        return insecure.nextLong();
    }
}
