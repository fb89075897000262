package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ExportFunction;
import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;

/** A function defined by a Chicory instance. */
final class ChicoryFunction implements CoreFunction {
    private final CoreFuncType type;
    private final ExportFunction body;
    private final int paramSlots;

    ChicoryFunction(CoreFuncType type, ExportFunction body) {
        this.type = type;
        this.body = body;
        this.paramSlots = type.paramSlots();
    }

    @Override
    public CoreFuncType type() {
        return type;
    }

    @Override
    public long[] call(long... args) {
        if (args.length != paramSlots) {
            throw new IllegalArgumentException(type + " called with " + args.length + " arguments");
        }
        try {
            long[] results = body.apply(args);
            return results == null ? NO_VALUES : results;
        } catch (RuntimeException e) {
            throw ChicoryErrors.isChicory(e) ? ChicoryErrors.trap(e) : e;
        }
    }

    /**
     * Calls without translating Chicory's exceptions: for another Chicory instance that imports
     * this function, so that a trap unwinds through all core frames as Chicory's own exception.
     */
    long[] callRaw(long[] args) {
        return body.apply(args);
    }

    @Override
    public String toString() {
        return "core function " + type;
    }
}
