package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.types.Value;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreLimits;
import dev.weft.engine.CoreTable;
import dev.weft.engine.CoreTableType;
import dev.weft.engine.CoreTrap;
import dev.weft.engine.CoreValType;
import java.util.Optional;

/**
 * A table of a Chicory instance; {@code owner} is the instance that defined it. {@code raw} is the
 * table as the owner reads it ({@link ChicoryTables.Owned}, which also holds the entries).
 */
final class ChicoryTable implements CoreTable {
    final TableInstance raw;
    private final Instance owner;
    private final CoreTableType declared;

    ChicoryTable(TableInstance raw, Instance owner, CoreTableType declared) {
        this.raw = raw;
        this.owner = owner;
        this.declared = declared;
    }

    @Override
    public CoreTableType type() {
        return new CoreTableType(new CoreLimits(raw.size(), declared.limits().max()), declared.element());
    }

    @Override
    public int size() {
        return raw.size();
    }

    @Override
    public Optional<CoreFunction> function(int index) {
        if (declared.element() != CoreValType.FUNCREF) {
            throw new IllegalStateException("not a funcref table: " + declared);
        }
        if (index < 0 || index >= raw.size()) {
            throw new CoreTrap("out of bounds table access");
        }
        int ref = ChicoryTables.ref(raw, index);
        if (ref == Value.REF_NULL_VALUE) {
            return Optional.empty();
        }
        Instance entry = ChicoryTables.instance(raw, index);
        Instance instance = entry != null ? entry : owner;
        var type = ChicoryTypes.funcType(instance.type(instance.functionType(ref)));
        return Optional.of(new ChicoryFunction(type, args -> instance.getMachine().call(ref, args)));
    }

    @Override
    public String toString() {
        return "core " + type();
    }
}
