package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ConstantEvaluators;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import java.util.List;

/**
 * Active data segments, applied as Chicory's {@code ByteArrayMemory.initialize} applies them
 * (<a href="https://webassembly.github.io/spec/core/exec/modules.html#exec-instantiation">spec</a>,
 * step 16): in order, each bounds-checked before it is written.
 */
final class DataSegments {
    private DataSegments() {}

    /** The offsets of the active segments of {@code segments} that target memory {@code memoryIndex}, in order. */
    static int[] offsets(Instance instance, DataSegment[] segments, int memoryIndex) {
        int n = 0;
        for (DataSegment s : segments) {
            if (s instanceof ActiveDataSegment a && a.index() == memoryIndex) n++;
        }
        int[] offsets = new int[n];
        int i = 0;
        for (DataSegment s : segments) {
            if (s instanceof ActiveDataSegment a && a.index() == memoryIndex) {
                offsets[i++] = offset(instance, a.offsetInstructions());
            }
        }
        return offsets;
    }

    /** A constant expression's value: {@code i32.const} directly, anything else by Chicory's evaluator. */
    private static int offset(Instance instance, List<Instruction> expr) {
        if (!expr.isEmpty() && expr.get(0).opcode() == OpCode.I32_CONST
                && (expr.size() == 1 || (expr.size() == 2 && expr.get(1).opcode() == OpCode.END))) {
            return (int) expr.get(0).operand(0);
        }
        return (int) ConstantEvaluators.computeConstantValue(instance, expr)[0];
    }

    /**
     * Writes the segments for memory {@code memoryIndex} at {@code offsets}.
     *
     * @throws UninstantiableException at the first segment out of bounds (those before it are written)
     */
    static void write(Memory memory, DataSegment[] segments, int memoryIndex, int[] offsets, int limit) {
        int i = 0;
        for (DataSegment s : segments) {
            if (s instanceof ActiveDataSegment a && a.index() == memoryIndex) {
                int offset = offsets[i++];
                byte[] data = a.data();
                if (offset < 0 || offset > limit || data.length > limit - offset) {
                    throw new UninstantiableException("out of bounds memory access: attempted to access address: "
                            + offset + " but limit is: " + limit + " and size: " + data.length);
                }
                memory.write(offset, data, 0, data.length);
            }
        }
    }
}
