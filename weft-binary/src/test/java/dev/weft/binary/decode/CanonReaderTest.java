package dev.weft.binary.decode;

import static dev.weft.binary.decode.DecodeTesting.FIRST_ITEM;
import static dev.weft.binary.decode.DecodeTesting.decode;
import static dev.weft.binary.decode.DecodeTesting.malformed;
import static dev.weft.binary.decode.DecodeTesting.oneItem;
import static dev.weft.binary.decode.DecodeTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CanonOpt;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Section 8 (canonical definitions): every built-in of Binary.md, the options and the errors. */
class CanonReaderTest {

    private final List<Bytes> items = new ArrayList<>();
    private final List<IntFunction<Canon>> expected = new ArrayList<>();

    /** One canon: its bytes and the record expected at its offset. */
    private void canon(Bytes bytes, IntFunction<Canon> at) {
        items.add(bytes);
        expected.add(at);
    }

    private void check() {
        Bytes contents = new Bytes().vec(items.toArray(Bytes[]::new));
        var canons = only(decode(Bytes.component().section(8, contents)), Section.Canons.class).canons();
        int offset = 8 + 1 + new Bytes().u32(contents.size()).size() + new Bytes().u32(items.size()).size();
        List<Canon> want = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            want.add(expected.get(i).apply(offset));
            offset += items.get(i).size();
        }
        assertEquals(want, canons);
    }

    @Test
    void liftLowerAndResources() {
        var utf8MemRealloc = List.<CanonOpt>of(CanonOpt.StringEncoding.UTF8, new CanonOpt.Memory(0), new CanonOpt.Realloc(5));
        canon(Bytes.of(0x00, 0x00, 0x00, 0x00, 0x00), o -> new Canon.Lift(o, 0, List.of(), 0));
        canon(Bytes.of(0x00, 0x00, 0x01, 0x03, 0x00, 0x03, 0x00, 0x04, 0x05, 0x01), o -> new Canon.Lift(o, 1, utf8MemRealloc, 1));
        canon(Bytes.of(0x00, 0x00, 0x02, 0x02, 0x06, 0x07, 0x03, 0x02),
                o -> new Canon.Lift(o, 2, List.of(new CanonOpt.Async(), new CanonOpt.Callback(3)), 2));
        canon(Bytes.of(0x00, 0x00, 0x00, 0x01, 0x05, 0x00, 0x00), o -> new Canon.Lift(o, 0, List.of(new CanonOpt.PostReturn(0)), 0));
        canon(Bytes.of(0x01, 0x00, 0x00, 0x01, 0x01), o -> new Canon.Lower(o, 0, List.of(CanonOpt.StringEncoding.UTF16)));
        canon(Bytes.of(0x01, 0x00, 0x00, 0x01, 0x02), o -> new Canon.Lower(o, 0, List.of(CanonOpt.StringEncoding.LATIN1_UTF16)));
        canon(Bytes.of(0x02, 0x05), o -> new Canon.ResourceNew(o, 5));
        canon(Bytes.of(0x03, 0x05), o -> new Canon.ResourceDrop(o, 5, false));
        canon(Bytes.of(0x04, 0x05), o -> new Canon.ResourceRep(o, 5));
        check();
    }

    @Test
    void taskAndSubtaskBuiltins() {
        var memRealloc = List.<CanonOpt>of(new CanonOpt.Memory(0), new CanonOpt.Realloc(5));
        canon(Bytes.of(0x24), Canon.BackpressureInc::new);
        canon(Bytes.of(0x25), Canon.BackpressureDec::new);
        canon(Bytes.of(0x09, 0x01, 0x00, 0x00), o -> new Canon.TaskReturn(o, Optional.empty(), List.of()));
        canon(Bytes.of(0x09, 0x00, 0x79, 0x02, 0x03, 0x00, 0x04, 0x05), o -> new Canon.TaskReturn(o, Optional.of(PrimValType.U32), memRealloc));
        canon(Bytes.of(0x05), Canon.TaskCancel::new);
        canon(Bytes.of(0x0a, 0x7f, 0x00), o -> new Canon.ContextGet(o, CoreValType.Num.I32, 0));
        canon(Bytes.of(0x0b, 0x7f, 0x01), o -> new Canon.ContextSet(o, CoreValType.Num.I32, 1));
        canon(Bytes.of(0x06, 0x00), o -> new Canon.SubtaskCancel(o, false));
        canon(Bytes.of(0x06, 0x01), o -> new Canon.SubtaskCancel(o, true));
        canon(Bytes.of(0x0d), Canon.SubtaskDrop::new);
        check();
    }

    @Test
    void streamAndFutureBuiltins() {
        var memRealloc = List.<CanonOpt>of(new CanonOpt.Memory(0), new CanonOpt.Realloc(5));
        canon(Bytes.of(0x0e, 0x03), o -> new Canon.StreamNew(o, 3));
        canon(Bytes.of(0x0f, 0x03, 0x02, 0x03, 0x00, 0x04, 0x05), o -> new Canon.StreamRead(o, 3, memRealloc));
        canon(Bytes.of(0x10, 0x03, 0x02, 0x03, 0x00, 0x04, 0x05), o -> new Canon.StreamWrite(o, 3, memRealloc));
        canon(Bytes.of(0x11, 0x03, 0x00), o -> new Canon.StreamCancelRead(o, 3, false));
        canon(Bytes.of(0x12, 0x03, 0x01), o -> new Canon.StreamCancelWrite(o, 3, true));
        canon(Bytes.of(0x13, 0x03), o -> new Canon.StreamDropReadable(o, 3));
        canon(Bytes.of(0x14, 0x03), o -> new Canon.StreamDropWritable(o, 3));
        canon(Bytes.of(0x15, 0x04), o -> new Canon.FutureNew(o, 4));
        canon(Bytes.of(0x16, 0x04, 0x00), o -> new Canon.FutureRead(o, 4, List.of()));
        canon(Bytes.of(0x17, 0x04, 0x01, 0x03, 0x01), o -> new Canon.FutureWrite(o, 4, List.of(new CanonOpt.Memory(1))));
        canon(Bytes.of(0x18, 0x04, 0x00), o -> new Canon.FutureCancelRead(o, 4, false));
        canon(Bytes.of(0x19, 0x04, 0x01), o -> new Canon.FutureCancelWrite(o, 4, true));
        canon(Bytes.of(0x1a, 0x04), o -> new Canon.FutureDropReadable(o, 4));
        canon(Bytes.of(0x1b, 0x04), o -> new Canon.FutureDropWritable(o, 4));
        check();
    }

    @Test
    void errorContextWaitableAndThreadBuiltins() {
        canon(Bytes.of(0x1c, 0x01, 0x03, 0x00), o -> new Canon.ErrorContextNew(o, List.of(new CanonOpt.Memory(0))));
        canon(Bytes.of(0x1d, 0x00), o -> new Canon.ErrorContextDebugMessage(o, List.of()));
        canon(Bytes.of(0x1e), Canon.ErrorContextDrop::new);
        canon(Bytes.of(0x1f), Canon.WaitableSetNew::new);
        canon(Bytes.of(0x20, 0x00, 0x00), o -> new Canon.WaitableSetWait(o, false, 0));
        canon(Bytes.of(0x21, 0x01, 0x02), o -> new Canon.WaitableSetPoll(o, true, 2));
        canon(Bytes.of(0x22), Canon.WaitableSetDrop::new);
        canon(Bytes.of(0x23), Canon.WaitableJoin::new);
        canon(Bytes.of(0x26), Canon.ThreadIndex::new);
        canon(Bytes.of(0x27, 0x00, 0x01), o -> new Canon.ThreadNewIndirect(o, 0, 1));
        canon(Bytes.of(0x28), Canon.ThreadResumeLater::new);
        canon(Bytes.of(0x29, 0x00), o -> new Canon.ThreadSuspend(o, false));
        canon(Bytes.of(0x0c, 0x01), o -> new Canon.ThreadYield(o, true));
        canon(Bytes.of(0x2a, 0x00), o -> new Canon.ThreadSuspendThenResume(o, false));
        canon(Bytes.of(0x2b, 0x01), o -> new Canon.ThreadYieldThenResume(o, true));
        canon(Bytes.of(0x2c, 0x00), o -> new Canon.ThreadSuspendThenPromote(o, false));
        canon(Bytes.of(0x2d, 0x01), o -> new Canon.ThreadYieldThenPromote(o, true));
        canon(Bytes.of(0x40, 0x01, 0x02), o -> new Canon.ThreadSpawnRef(o, true, 2));
        canon(Bytes.of(0x41, 0x00, 0x02, 0x03), o -> new Canon.ThreadSpawnIndirect(o, false, 2, 3));
        canon(Bytes.of(0x42, 0x01), o -> new Canon.ThreadAvailableParallelism(o, true));
        check();
    }

    @Test
    void errors() {
        malformed(oneItem(8, Bytes.of(0x07)), "invalid leading byte (0x7) for canonical function", FIRST_ITEM);
        malformed(oneItem(8, Bytes.of(0x08)), "invalid leading byte (0x8) for canonical function", FIRST_ITEM);
        malformed(oneItem(8, Bytes.of(0x2e)), "invalid leading byte (0x2e) for canonical function", FIRST_ITEM);
        malformed(oneItem(8, Bytes.of(0x43)), "invalid leading byte (0x43) for canonical function", FIRST_ITEM);
        malformed(oneItem(8, Bytes.of(0x00, 0x01, 0x00, 0x00, 0x00)), "invalid leading byte (0x1) for canonical function lift", 12);
        malformed(oneItem(8, Bytes.of(0x01, 0x01, 0x00, 0x00)), "invalid leading byte (0x1) for canonical function lower", 12);
        malformed(oneItem(8, Bytes.of(0x01, 0x00, 0x00, 0x01, 0x0a)), "invalid leading byte (0xa) for canonical option", 15);
        malformed(oneItem(8, Bytes.of(0x01, 0x00, 0x00, 0x01, 0x08, 0x00)), "invalid leading byte (0x8) for canonical option", 15);
        malformed(oneItem(8, Bytes.of(0x01, 0x00, 0x00, 0x0b)), "canonical options size is out of bounds", 14);
        malformed(oneItem(8, Bytes.of(0x0c, 0x02)), "invalid boolean value", 12);
        malformed(oneItem(8, Bytes.of(0x20, 0x02, 0x00)), "invalid boolean value", 12);
        malformed(oneItem(8, Bytes.of(0x0a, 0x40, 0x00)), "invalid value type", 12);
        malformed(oneItem(8, Bytes.of(0x09, 0x01, 0x01)), "invalid leading byte (0x1) for number of results", 13);
    }
}
