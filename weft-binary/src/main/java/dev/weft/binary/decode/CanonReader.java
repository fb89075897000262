package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeLimits.MAX_CANONICAL_OPTIONS;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CanonOpt;
import java.util.List;

/**
 * Canonical definitions (section 8): {@code lift}, {@code lower}, the resource built-ins and the
 * CM 0.3 async, error-context and thread built-ins, with their {@code canonopt}s.
 *
 * <p>Opcodes follow Binary.md (which the spec's {@code binary.wast} checks byte for byte). Where
 * older wasm-tools differ, Binary.md wins: {@code 0x07} is unallocated (wasmparser once read it as
 * {@code resource.drop async}; {@code binary.wast} requires "invalid leading byte (0x7) for canonical
 * function"), so {@link Canon.ResourceDrop#async()} is always false here; {@code 0x28} is
 * {@code thread.resume-later} without immediate; canonopts {@code 0x08}/{@code 0x09} (wasmparser's GC
 * ABI options, not in Binary.md) are rejected as invalid leading bytes.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#canonical-definitions">Binary.md: canonical definitions</a>
 */
final class CanonReader {
    private CanonReader() {}

    static Canon canon(BinaryReader r) {
        int o = r.position();
        int b = r.u8();
        return switch (b) {
            case 0x00 -> lift(r, o);
            case 0x01 -> lower(r, o);
            case 0x02 -> new Canon.ResourceNew(o, r.u32());
            case 0x03 -> new Canon.ResourceDrop(o, r.u32(), false);
            case 0x04 -> new Canon.ResourceRep(o, r.u32());
            case 0x24 -> new Canon.BackpressureInc(o);
            case 0x25 -> new Canon.BackpressureDec(o);
            case 0x09 -> new Canon.TaskReturn(o, TypeReader.resultList(r), opts(r));
            case 0x05 -> new Canon.TaskCancel(o);
            case 0x0a -> new Canon.ContextGet(o, CoreTypeReader.valType(r), r.u32());
            case 0x0b -> new Canon.ContextSet(o, CoreTypeReader.valType(r), r.u32());
            case 0x06 -> new Canon.SubtaskCancel(o, r.bool());
            case 0x0d -> new Canon.SubtaskDrop(o);
            case 0x0c -> new Canon.ThreadYield(o, r.bool());
            default -> b <= 0x1b ? streamOrFuture(r, o, b) : others(r, o, b);
        };
    }

    /** {@code 0x00 0x00 f opts ft}. */
    private static Canon lift(BinaryReader r, int o) {
        int sort = r.u8();
        if (sort != 0x00) throw r.invalidLeadingByte(sort, "canonical function lift");
        int coreFunc = r.u32();
        List<CanonOpt> opts = opts(r);
        return new Canon.Lift(o, coreFunc, opts, r.u32());
    }

    /** {@code 0x01 0x00 f opts}. */
    private static Canon lower(BinaryReader r, int o) {
        int sort = r.u8();
        if (sort != 0x00) throw r.invalidLeadingByte(sort, "canonical function lower");
        return new Canon.Lower(o, r.u32(), opts(r));
    }

    /** The {@code stream.*} and {@code future.*} built-ins, 0x0e to 0x1b. */
    private static Canon streamOrFuture(BinaryReader r, int o, int b) {
        return switch (b) {
            case 0x0e -> new Canon.StreamNew(o, r.u32());
            case 0x0f -> new Canon.StreamRead(o, r.u32(), opts(r));
            case 0x10 -> new Canon.StreamWrite(o, r.u32(), opts(r));
            case 0x11 -> new Canon.StreamCancelRead(o, r.u32(), r.bool());
            case 0x12 -> new Canon.StreamCancelWrite(o, r.u32(), r.bool());
            case 0x13 -> new Canon.StreamDropReadable(o, r.u32());
            case 0x14 -> new Canon.StreamDropWritable(o, r.u32());
            case 0x15 -> new Canon.FutureNew(o, r.u32());
            case 0x16 -> new Canon.FutureRead(o, r.u32(), opts(r));
            case 0x17 -> new Canon.FutureWrite(o, r.u32(), opts(r));
            case 0x18 -> new Canon.FutureCancelRead(o, r.u32(), r.bool());
            case 0x19 -> new Canon.FutureCancelWrite(o, r.u32(), r.bool());
            case 0x1a -> new Canon.FutureDropReadable(o, r.u32());
            case 0x1b -> new Canon.FutureDropWritable(o, r.u32());
            default -> throw r.invalidLeadingByte(b, "canonical function");
        };
    }

    /** error-context, waitable-set and thread built-ins. */
    private static Canon others(BinaryReader r, int o, int b) {
        return switch (b) {
            case 0x1c -> new Canon.ErrorContextNew(o, opts(r));
            case 0x1d -> new Canon.ErrorContextDebugMessage(o, opts(r));
            case 0x1e -> new Canon.ErrorContextDrop(o);
            case 0x1f -> new Canon.WaitableSetNew(o);
            case 0x20 -> new Canon.WaitableSetWait(o, r.bool(), r.u32());
            case 0x21 -> new Canon.WaitableSetPoll(o, r.bool(), r.u32());
            case 0x22 -> new Canon.WaitableSetDrop(o);
            case 0x23 -> new Canon.WaitableJoin(o);
            case 0x26 -> new Canon.ThreadIndex(o);
            case 0x27 -> new Canon.ThreadNewIndirect(o, r.u32(), r.u32());
            case 0x28 -> new Canon.ThreadResumeLater(o);
            case 0x29 -> new Canon.ThreadSuspend(o, r.bool());
            case 0x2a -> new Canon.ThreadSuspendThenResume(o, r.bool());
            case 0x2b -> new Canon.ThreadYieldThenResume(o, r.bool());
            case 0x2c -> new Canon.ThreadSuspendThenPromote(o, r.bool());
            case 0x2d -> new Canon.ThreadYieldThenPromote(o, r.bool());
            case 0x40 -> new Canon.ThreadSpawnRef(o, r.bool(), r.u32());
            case 0x41 -> new Canon.ThreadSpawnIndirect(o, r.bool(), r.u32(), r.u32());
            case 0x42 -> new Canon.ThreadAvailableParallelism(o, r.bool());
            default -> throw r.invalidLeadingByte(b, "canonical function");
        };
    }

    /** {@code opts ::= vec(canonopt)}. */
    static List<CanonOpt> opts(BinaryReader r) {
        return r.vec(MAX_CANONICAL_OPTIONS, "canonical options", CanonReader::opt);
    }

    /** {@code canonopt}. */
    static CanonOpt opt(BinaryReader r) {
        int b = r.u8();
        return switch (b) {
            case 0x00 -> CanonOpt.StringEncoding.UTF8;
            case 0x01 -> CanonOpt.StringEncoding.UTF16;
            case 0x02 -> CanonOpt.StringEncoding.LATIN1_UTF16;
            case 0x03 -> new CanonOpt.Memory(r.u32());
            case 0x04 -> new CanonOpt.Realloc(r.u32());
            case 0x05 -> new CanonOpt.PostReturn(r.u32());
            case 0x06 -> new CanonOpt.Async();
            case 0x07 -> new CanonOpt.Callback(r.u32());
            default -> throw r.invalidLeadingByte(b, "canonical option");
        };
    }
}
