package dev.weft.binary.validate.canon;

import dev.weft.abi.AddressType;
import dev.weft.abi.Flattening.Concurrency;
import dev.weft.binary.ast.CanonOpt;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.OptionalInt;

/**
 * A validated list of {@code canonopt}s
 * (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canonopt-validation">canonopt Validation</a>),
 * checked in wasmparser's order: each option as it comes (duplicates, conflicting encodings, the
 * memory's type), then {@code async}/{@code callback}/{@code post-return} combinations, then
 * {@code realloc}'s signature. The {@code require*} and {@code check*} methods are the per-built-in
 * rules on top.
 */
record CanonOptions(
        CanonOpt.StringEncoding encoding,
        OptionalInt memory,
        AddressType addressType,
        OptionalInt realloc,
        OptionalInt postReturn,
        Concurrency concurrency,
        OptionalInt callback,
        int offset) {

    /** Validates {@code opts} of the {@code canon} at {@code offset}. */
    static CanonOptions check(List<CanonOpt> opts, CanonContext ctx, int offset) {
        Builder b = new Builder();
        for (CanonOpt opt : opts) b.add(opt, ctx, offset);
        return b.finish(ctx, offset);
    }

    /**
     * The address type of memory {@code index} if it may serve as the canonical ABI's memory: a
     * plain (not shared) memory of 64 KiB pages, 32-bit or (🐘) 64-bit.
     */
    static AddressType cabiMemory(int index, CanonContext ctx, int offset) {
        CoreExternType.Memory m = ctx.coreMemory(index, offset);
        if (m.memory64()) Require.memory64(ctx, "64-bit memories require the `cm64` feature to be enabled", offset);
        if (m.shared()) throw new InvalidComponentException(offset, "mismatch in the shared flag for memories");
        if (m.pageSizeLog2() != 16) throw new InvalidComponentException(offset, "mismatch in page size for memories");
        return m.memory64() ? AddressType.I64 : AddressType.I32;
    }

    boolean isAsync() {
        return concurrency != Concurrency.SYNC;
    }

    CanonOptions requireMemory() {
        if (memory.isEmpty()) throw invalid("canonical option `memory` is required");
        return this;
    }

    CanonOptions requireRealloc() {
        requireMemory();
        if (realloc.isEmpty()) throw invalid("canonical option `realloc` is required");
        return this;
    }

    CanonOptions requireMemoryIf(boolean when) {
        return when ? requireMemory() : this;
    }

    CanonOptions requireReallocIf(boolean when) {
        return when ? requireRealloc() : this;
    }

    /** Options that only make sense when lifting are rejected on every other definition. */
    CanonOptions checkLower() {
        if (postReturn.isPresent()) throw invalid("canonical option `post-return` cannot be specified for lowerings");
        if (callback.isPresent()) throw invalid("canonical option `callback` cannot be specified for lowerings");
        return this;
    }

    /** Built-ins that have no asynchronous form ({@code task.return}, {@code error-context.*}). */
    CanonOptions requireSync(String builtin) {
        if (isAsync()) throw invalid("cannot specify `async` option on `" + builtin + "`");
        return this;
    }

    /** 🔀 {@code async} is only allowed with an {@code async} function type. */
    CanonOptions checkAsyncness(FuncType ft) {
        if (isAsync() && !ft.async()) throw invalid("the `async` canonical option requires an async function type");
        return this;
    }

    /** The core type of pointers: that of the memory, {@code i32} without one. */
    CoreValType ptr() {
        return CoreSigs.ptr(addressType);
    }

    private InvalidComponentException invalid(String message) {
        return new InvalidComponentException(offset, message);
    }

    /** Accumulates the options one by one. */
    private static final class Builder {
        CanonOpt.StringEncoding encoding;
        OptionalInt memory = OptionalInt.empty();
        AddressType addressType = AddressType.I32;
        OptionalInt realloc = OptionalInt.empty();
        OptionalInt postReturn = OptionalInt.empty();
        boolean async;
        OptionalInt callback = OptionalInt.empty();

        void add(CanonOpt opt, CanonContext ctx, int offset) {
            switch (opt) {
                case CanonOpt.StringEncoding e -> {
                    if (encoding != null) {
                        throw new InvalidComponentException(offset,
                                "canonical encoding option `" + encoding + "` conflicts with option `" + e + "`");
                    }
                    encoding = e;
                }
                case CanonOpt.Memory m -> {
                    once(memory, "memory", offset);
                    addressType = cabiMemory(m.memoryIndex(), ctx, offset);
                    memory = OptionalInt.of(m.memoryIndex());
                }
                case CanonOpt.Realloc r -> realloc = once(realloc, "realloc", offset, r.funcIndex());
                case CanonOpt.PostReturn p -> postReturn = once(postReturn, "post-return", offset, p.funcIndex());
                case CanonOpt.Async a -> {
                    if (async) throw new InvalidComponentException(offset, "canonical option `async` is specified more than once");
                    Require.gate(ctx.features().async(),
                            "canonical option `async` requires the component model async feature", offset);
                    async = true;
                }
                case CanonOpt.Callback c -> callback = once(callback, "callback", offset, c.funcIndex());
            }
        }

        private static void once(OptionalInt seen, String name, int offset) {
            if (seen.isPresent()) {
                throw new InvalidComponentException(offset, "canonical option `" + name + "` is specified more than once");
            }
        }

        private static OptionalInt once(OptionalInt seen, String name, int offset, int index) {
            once(seen, name, offset);
            return OptionalInt.of(index);
        }

        CanonOptions finish(CanonContext ctx, int offset) {
            if (!async && callback.isPresent()) throw new InvalidComponentException(offset, "cannot specify callback without async");
            if (async && postReturn.isPresent()) {
                throw new InvalidComponentException(offset, "cannot specify post-return function in async");
            }
            realloc.ifPresent(idx -> checkRealloc(idx, ctx, offset));
            Concurrency concurrency = !async ? Concurrency.SYNC
                    : callback.isPresent() ? Concurrency.ASYNC_CALLBACK : Concurrency.ASYNC;
            return new CanonOptions(encoding == null ? CanonOpt.StringEncoding.UTF8 : encoding, memory, addressType,
                    realloc, postReturn, concurrency, callback, offset);
        }

        /** {@code realloc}: {@code (func (param addr addr addr addr) (result addr))}, and needs {@code memory}. */
        private void checkRealloc(int index, CanonContext ctx, int offset) {
            if (memory.isEmpty()) {
                throw new InvalidComponentException(offset,
                        "canonical option `realloc` requires `memory` to also be specified");
            }
            CoreValType addr = CoreSigs.ptr(addressType);
            CoreDefType.FuncType ft = ctx.coreFunc(index, offset);
            if (!ft.params().equals(List.of(addr, addr, addr, addr)) || !ft.results().equals(List.of(addr))) {
                throw new InvalidComponentException(offset,
                        "canonical option `realloc` uses a core function with an incorrect signature");
            }
        }
    }
}
