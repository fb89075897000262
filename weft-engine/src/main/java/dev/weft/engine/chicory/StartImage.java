package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreExternKind;
import dev.weft.engine.CoreImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state an instance of a module had right after its start function ran, restricted to what a
 * start function can change in an instance that reaches nothing outside ({@link StartImages}): its
 * memories, its mutable globals, the data and element segments it dropped. Tables are not in it:
 * the check in {@link StartImages#record} makes sure the start function left them as the element
 * segments made them. Immutable; {@link #restore} shares its memory pages copy on write.
 */
final class StartImage {
    /** The values (low, high) of the imported globals it was taken with. */
    private final long[] importedGlobals;
    private final MemoryImage[] memories;
    /** The values (low, high) of the globals the module defines. */
    private final long[] globals;
    private final boolean[] mutable;
    private final int importedGlobalCount;
    private final int[] droppedData;
    private final int[] droppedElements;

    private StartImage(long[] importedGlobals, MemoryImage[] memories, long[] globals, boolean[] mutable,
                       int importedGlobalCount, int[] droppedData, int[] droppedElements) {
        this.importedGlobals = importedGlobals;
        this.memories = memories;
        this.globals = globals;
        this.mutable = mutable;
        this.importedGlobalCount = importedGlobalCount;
        this.droppedData = droppedData;
        this.droppedElements = droppedElements;
    }

    /** The state of {@code instance}, an instance of {@code module} linked to {@code imports}, whose start function ran. */
    static StartImage of(Instance instance, WasmModule module, ModuleLayout layout, List<? extends CoreExtern> imports) {
        int importedGlobalCount = layout.importedCounts()[CoreExternKind.GLOBAL.ordinal()];
        int definedGlobals = instance.globalCount() - importedGlobalCount;
        long[] globals = new long[2 * definedGlobals];
        boolean[] mutable = new boolean[definedGlobals];
        for (int i = 0; i < definedGlobals; i++) {
            GlobalInstance g = instance.global(importedGlobalCount + i);
            globals[2 * i] = g.getValueLow();
            globals[2 * i + 1] = g.getValueHigh();
            mutable[i] = g.getMutabilityType() == MutabilityType.Var;
        }
        int memoryCount = module.memorySection().map(m -> m.memoryCount()).orElse(0);
        MemoryImage[] memories = new MemoryImage[memoryCount];
        for (int i = 0; i < memoryCount; i++) {
            memories[i] = ((PagedMemory) instance.memory(i)).snapshot();
        }
        List<Integer> droppedData = new ArrayList<>();
        DataSegment[] segments = dataSegments(instance);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i] == PassiveDataSegment.EMPTY) droppedData.add(i);
        }
        List<Integer> droppedElements = new ArrayList<>();
        for (int i = 0; i < instance.elementCount(); i++) {
            if (instance.element(i) == null) droppedElements.add(i);
        }
        return new StartImage(importedGlobals(layout, imports), memories, globals, mutable, importedGlobalCount,
                ints(droppedData), ints(droppedElements));
    }

    /**
     * Whether an instance linked to {@code imports} would get this state from the start function:
     * its imported globals have the values this one's had.
     */
    boolean serves(ModuleLayout layout, List<? extends CoreExtern> imports) {
        long[] values = importedGlobals(layout, imports);
        return values != null && Arrays.equals(importedGlobals, values);
    }

    /** Gives {@code instance} (of the module without its start section, with the same imports) this state. */
    void restore(Instance instance) {
        for (int i = 0; i < memories.length; i++) {
            ((PagedMemory) instance.memory(i)).restore(memories[i]);
        }
        for (int i = 0; i < mutable.length; i++) {
            if (mutable[i]) {
                GlobalInstance g = instance.global(importedGlobalCount + i);
                g.setValueLow(globals[2 * i]);
                g.setValueHigh(globals[2 * i + 1]);
            }
        }
        for (int i : droppedData) instance.dropDataSegment(i);
        for (int i : droppedElements) instance.setElement(i, null);
    }

    /**
     * Whether two instances of one module are in the same state: memories, globals, tables (a
     * function of either instance counts as the other's same function), data and element segments.
     */
    static boolean sameState(Instance a, Instance b) {
        if (a.globalCount() != b.globalCount() || a.tableCount() != b.tableCount() || a.elementCount() != b.elementCount()) {
            return false;
        }
        for (int i = 0; i < a.globalCount(); i++) {
            GlobalInstance ga = a.global(i);
            GlobalInstance gb = b.global(i);
            if (ga.getValueLow() != gb.getValueLow() || ga.getValueHigh() != gb.getValueHigh()) return false;
        }
        int memories = a.module().memorySection().map(m -> m.memoryCount()).orElse(0);
        for (int i = 0; i < memories; i++) {
            if (!((PagedMemory) a.memory(i)).contentEquals((PagedMemory) b.memory(i))) return false;
        }
        for (int i = 0; i < a.tableCount(); i++) {
            if (!sameTable(a.table(i), a, b.table(i), b)) return false;
        }
        if (!Arrays.equals(dataSegments(a), dataSegments(b), (x, y) -> x == y ? 0 : 1)) {
            return false;
        }
        for (int i = 0; i < a.elementCount(); i++) {
            if (a.element(i) != b.element(i)) return false;
        }
        return true;
    }

    private static boolean sameTable(TableInstance ta, Instance a, TableInstance tb, Instance b) {
        if (ta.size() != tb.size()) return false;
        for (int i = 0; i < ta.size(); i++) {
            Instance ia = ta.instance(i);
            Instance ib = tb.instance(i);
            if (ta.ref(i) != tb.ref(i) || !(ia == ib || (ia == a && ib == b))) return false;
        }
        return true;
    }

    /** The instance's data segments as memory instructions see them (dropped ones are {@link PassiveDataSegment#EMPTY}). */
    private static DataSegment[] dataSegments(Instance instance) {
        int memories = instance.module().memorySection().map(m -> m.memoryCount()).orElse(0);
        if (memories == 0) return new DataSegment[0]; // without a memory no instruction reads a segment
        DataSegment[] segments = ((PagedMemory) instance.memory(0)).dataSegments();
        return segments == null ? new DataSegment[0] : segments;
    }

    /** The values (low, high) of the imported globals, in import order; null if one is not a Chicory global. */
    static long[] importedGlobals(ModuleLayout layout, List<? extends CoreExtern> imports) {
        List<CoreImport> list = layout.imports();
        if (imports.size() != list.size()) return null;
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).kind() != CoreExternKind.GLOBAL) continue;
            if (!(imports.get(i) instanceof ChicoryGlobal g)) return null;
            values.add(g.raw.getValueLow());
            values.add(g.raw.getValueHigh());
        }
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
