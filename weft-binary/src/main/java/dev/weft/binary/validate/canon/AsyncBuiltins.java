package dev.weft.binary.validate.canon;

import dev.weft.abi.AddressType;
import dev.weft.abi.TypePredicates;
import dev.weft.binary.ast.CanonOpt;
import dev.weft.binary.ast.CoreValType;
import dev.weft.errors.InvalidComponentException;
import dev.weft.types.FutureType;
import dev.weft.types.StreamType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * The checks shared by the 🔀 built-ins: the {@code stream}/{@code future} type immediates, the
 * options of {@code stream.read/write} and {@code future.read/write}, the {@code context.get/set}
 * immediates and the memory immediate of {@code waitable-set.wait/poll}.
 */
final class AsyncBuiltins {
    private AsyncBuiltins() {}

    /** Which end of a stream or future a copy built-in works on. */
    enum Copy { READ, WRITE }

    /** {@code $stream_t} must be {@code (stream $t?)}; returns {@code $t}. */
    static Optional<ValueType> streamElement(int typeIndex, String builtin, CanonContext ctx, int offset) {
        Require.async(ctx, builtin, offset);
        if (ctx.valueTypeAt(typeIndex, offset) instanceof StreamType s) return s.element();
        throw new InvalidComponentException(offset, "`" + builtin + "` requires a stream type");
    }

    /** {@code $future_t} must be {@code (future $t?)}; returns {@code $t}. */
    static Optional<ValueType> futureElement(int typeIndex, String builtin, CanonContext ctx, int offset) {
        Require.async(ctx, builtin, offset);
        if (ctx.valueTypeAt(typeIndex, offset) instanceof FutureType f) return f.element();
        throw new InvalidComponentException(offset, "`" + builtin + "` requires a future type");
    }

    /**
     * The options of {@code {stream,future}.{read,write}}: {@code memory} when there is a payload,
     * {@code realloc} when reading a payload that contains a list or string, no lift-only options,
     * and 🚝 for the synchronous form.
     */
    static CanonOptions copyOptions(List<CanonOpt> raw, Optional<ValueType> element, Copy copy, String builtin,
            CanonContext ctx, int offset) {
        CanonOptions opts = CanonOptions.check(raw, ctx, offset);
        if (!opts.isAsync()) Require.asyncBuiltins(ctx, "synchronous `" + builtin + "`", offset);
        opts.requireMemoryIf(element.isPresent());
        if (copy == Copy.READ) opts.requireReallocIf(element.map(TypePredicates::containsListOrString).orElse(false));
        return opts.checkLower();
    }

    /** The {@code async} immediate of cancel built-ins is 🚝. */
    static void asyncImmediate(boolean async, String builtin, CanonContext ctx, int offset) {
        if (async) Require.asyncBuiltins(ctx, "async `" + builtin + "`", offset);
    }

    /** The {@code cancellable} immediate of waiting built-ins is 🚝. */
    static void cancellable(boolean cancellable, String builtin, CanonContext ctx, int offset) {
        if (cancellable) Require.asyncBuiltins(ctx, "cancellable `" + builtin + "`", offset);
    }

    /** The pointer type of the memory immediate of {@code waitable-set.wait/poll}. */
    static CoreValType memoryPtr(int memoryIndex, CanonContext ctx, int offset) {
        AddressType a = CanonOptions.cabiMemory(memoryIndex, ctx, offset);
        return CoreSigs.ptr(a);
    }

    /**
     * {@code context.get/set $t $i}: {@code $t} is {@code i32} (or 🐘 {@code i64}) and the same in
     * the whole component; {@code $i} is 0 (or 🧵 1).
     */
    static void contextImmediates(CoreValType type, int index, String builtin, CanonContext ctx, int offset) {
        Require.async(ctx, builtin, offset);
        if (type == CoreSigs.I64) {
            Require.memory64(ctx, "64-bit `" + builtin + "` requires the component model 64-bit feature", offset);
        } else if (type != CoreSigs.I32) {
            throw new InvalidComponentException(offset, "`" + builtin + "` only supports `i32` or `i64`");
        }
        if (ctx.contextType().filter(t -> !t.equals(type)).isPresent()) {
            throw new InvalidComponentException(offset, "`" + builtin + "` type must match previous context type");
        }
        if (Integer.compareUnsigned(index, 0) > 0) {
            Require.gate(ctx.features().threading(),
                    "`" + builtin + "` immediate must be zero: " + Integer.toUnsignedString(index), offset);
            if (Integer.compareUnsigned(index, 1) > 0) {
                throw new InvalidComponentException(offset,
                        "`" + builtin + "` immediate must be zero or one: " + Integer.toUnsignedString(index));
            }
        }
    }
}
