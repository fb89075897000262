package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.GlobalInstance;
import dev.weft.engine.CoreGlobal;
import dev.weft.engine.CoreGlobalType;

/** A global of a Chicory instance. */
final class ChicoryGlobal implements CoreGlobal {
    final GlobalInstance raw;
    private final CoreGlobalType type;

    ChicoryGlobal(GlobalInstance raw, CoreGlobalType type) {
        this.raw = raw;
        this.type = type;
    }

    @Override
    public CoreGlobalType type() {
        return type;
    }

    @Override
    public long get() {
        return raw.getValueLow();
    }

    @Override
    public void set(long value) {
        if (!type.mutable()) {
            throw new IllegalStateException("cannot set an immutable " + type);
        }
        raw.setValueLow(value);
    }

    @Override
    public String toString() {
        return "core " + type;
    }
}
