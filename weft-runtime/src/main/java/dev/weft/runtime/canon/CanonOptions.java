package dev.weft.runtime.canon;

import dev.weft.abi.AddressType;
import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreMemory;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolved canonical options of one {@code canon lift}, {@code canon lower} or built-in: the
 * spec's <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canonical-abi-options">{@code CanonicalOptions}</a>,
 * with the core memory and functions of the instance being built. Validation has checked that
 * whatever a function type needs is present ({@code memory} for lists and strings, {@code realloc}
 * for lifting them); the ABI treats a missing one as a broken invariant.
 */
public record CanonOptions(StringEncoding stringEncoding, Optional<CoreMemory> memory, Optional<CoreFunction> realloc,
                           Optional<CoreFunction> postReturn, boolean async, Optional<CoreFunction> callback) {

    /** No options: UTF-8, no memory, no functions, synchronous. */
    public static final CanonOptions NONE = new CanonOptions(StringEncoding.UTF8, Optional.empty(), Optional.empty(),
            Optional.empty(), false, Optional.empty());

    public CanonOptions {
        Objects.requireNonNull(stringEncoding, "stringEncoding");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(realloc, "realloc");
        Objects.requireNonNull(postReturn, "postReturn");
        Objects.requireNonNull(callback, "callback");
    }

    /** Options with a memory and a realloc function (the usual pair for strings and lists). */
    public static CanonOptions of(StringEncoding encoding, CoreMemory memory, CoreFunction realloc) {
        return new CanonOptions(encoding, Optional.of(memory), Optional.ofNullable(realloc), Optional.empty(), false,
                Optional.empty());
    }

    /** These options with {@code postReturn} as the {@code post-return} function. */
    public CanonOptions withPostReturn(CoreFunction postReturn) {
        return new CanonOptions(stringEncoding, memory, realloc, Optional.of(postReturn), async, callback);
    }

    /**
     * {@code opts.memory.ptr_type()}: {@code i32} (64-bit memories are not supported by the engine
     * seam yet; everything below takes the pointer size from here).
     */
    public AddressType addressType() {
        return AddressType.I32;
    }
}
