package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.TableFactory;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.TypeSection;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works around Chicory 1.7.5's {@code call_indirect} through a table entry of another core instance.
 *
 * <p>A table slot holds a function index and the instance that index belongs to. For a slot of
 * another instance, both Chicory's interpreter ({@code InterpreterMachine.CALL_INDIRECT}) and its
 * compiler ({@code Shaded.callIndirect}) check the callee's type index <em>in the callee's
 * module</em> against the instruction's type index <em>in the caller's module</em>
 * ({@code actual != expected && !heapTypeSubtype(actual, expected, callee's types)}): two index
 * spaces, so equal types trap "indirect call type mismatch" unless they happen to have the same
 * index, and different types may pass. The interpreter also reads the parameter types as
 * {@code calleeInstance.type(callerTypeIndex)}.
 *
 * <p>The workaround: every instance reads a table through a {@link TableInstance} of its own that
 * knows the reader's type section: the defining instance through the {@link Owned} table its
 * {@link #factory TableFactory} makes, which also holds the entries, an importing one through an
 * {@link Imported} view of it ({@link #importedBy}). For a slot of an instance of another module,
 * the reader answers {@code call_indirect}'s two questions ({@code requiredRef}, {@code instance})
 * with a proxy: a tiny Chicory instance whose type section <em>is</em> the reader's, whose only
 * function (0, an import) has the reader's index of the callee's type, and whose {@link Machine}
 * calls the callee. Chicory's own check then compares two indices of one type section (index
 * equality, declared subtyping, canonical equivalence), which is the spec's check. When the
 * reader's module has no type equivalent to the callee's, no {@code call_indirect} of it can
 * match; the proxy's function then gets a type that no index of the reader equals. An entry of
 * the reader's own module (the usual case) costs one comparison more than before.
 *
 * <p>The entries themselves stay as Chicory stores them (function index, owning instance): writes
 * store the callee, never a proxy ({@code table.copy} passes on what {@code instance} answered).
 * {@code table.get} still reads the raw function index, as before; {@link #ref} and
 * {@link #instance} read an entry without any proxy.
 *
 * <p>Not covered: GC function subtyping across modules when the reader has no type equivalent to
 * the callee's (such a call traps although the callee's type may be a declared subtype of the
 * expected one), and {@code return_call_indirect} across instances, which Chicory's interpreter
 * refuses for a machine of another class ("Indirect tail-call to a different Machine
 * implementation") and, for the same class, gets wrong without proxies too (it calls the
 * caller's own function of that index).
 */
final class ChicoryTables {
    /** The names of a proxy's one import (Chicory wants names; nothing looks them up). */
    private static final String PROXY_MODULE = "weft";
    private static final String PROXY_NAME = "call_indirect";

    private ChicoryTables() {}

    /** The tables a module with {@code types} defines, as it reads them. */
    static TableFactory factory(TypeSection types) {
        return (table, init) -> new Owned(table, init, types);
    }

    /** {@code table} as a module with {@code types} sees it when it imports it. */
    static TableInstance importedBy(TableInstance table, TypeSection types) {
        Owned owned = table instanceof Imported i ? i.table : table instanceof Owned o ? o : null;
        return owned == null ? table : new Imported(owned, types);
    }

    /** The function index in slot {@code index}, as Chicory stores it. */
    static int ref(TableInstance table, int index) {
        return table.ref(index);
    }

    /** The instance that slot {@code index}'s function index belongs to, as Chicory stores it (null: the table's owner). */
    static Instance instance(TableInstance table, int index) {
        return switch (table) {
            case Owned o -> o.rawInstance(index);
            case Imported i -> i.table.rawInstance(index);
            default -> table.instance(index);
        };
    }

    /** The instance a proxy stands for; any other instance (or null) itself. */
    static Instance unproxied(Instance instance) {
        return instance != null && instance.getMachine() instanceof Proxy p ? p.target : instance;
    }

    /**
     * A function of another instance, called as function 0 of a proxy instance: the proxy's
     * {@link Machine}. Chicory calls it the way it calls any function of another instance, through
     * {@code getMachine().call(funcId, args)}; traps and Wasm exceptions pass through unchanged.
     */
    private record Proxy(Instance target, int func) implements Machine {
        @Override
        public long[] call(int funcId, long[] args) {
            return target.getMachine().call(func, args);
        }
    }

    /** What a reader last answered for one slot. */
    private record Slot(Instance owner, int ref, Instance proxy) {}

    private record Entry(Instance owner, int ref) {}

    /**
     * A table defined by a module, as that module reads it; it also holds the entries for the
     * modules that import it ({@link Imported}). Each instance gets its own copy of the table type:
     * Chicory's {@code TableInstance.grow} grows the {@link TableLimits} object of the module's
     * {@link Table}, so a shared one would make every later instance start bigger.
     */
    static final class Owned extends TableInstance {
        private final Reader reader;

        private Owned(Table table, int init, TypeSection types) {
            super(new Table(table.elementType(), copy(table.limits()), table.initialize()), init);
            this.reader = new Reader(types, table.elementType());
        }

        private static TableLimits copy(TableLimits l) {
            return new TableLimits(l.min(), l.max(), l.shared());
        }

        /** For {@code call_indirect}: the function index, in {@link #instance}'s index space. */
        @Override
        public int requiredRef(int index) {
            int ref = super.requiredRef(index);
            Instance owner = super.instance(index);
            if (owner == null || owner == reader.local) {
                return ref; // the fast path: an entry of the reader's own module
            }
            return reader.foreign(owner, ref) ? 0 : ref;
        }

        /** For {@code call_indirect} (and {@code table.copy}, which only passes it to {@link #setRef}). */
        @Override
        public Instance instance(int index) {
            Instance owner = super.instance(index);
            if (owner == null || owner == reader.local) {
                return owner;
            }
            return reader.translate(index, owner, super.ref(index), size());
        }

        @Override
        public void setRef(int index, int value, Instance instance) {
            super.setRef(index, value, unproxied(instance));
        }

        @Override
        public int grow(int size, int value, Instance instance) {
            return super.grow(size, value, unproxied(instance));
        }

        int rawRequiredRef(int index) {
            return super.requiredRef(index);
        }

        Instance rawInstance(int index) {
            return super.instance(index);
        }
    }

    /** A table as a module that imports it reads it: the entries are the {@link Owned} table's. */
    static final class Imported extends TableInstance {
        final Owned table;
        private final Reader reader;

        private Imported(Owned table, TypeSection types) {
            super(new Table(table.elementType(), new TableLimits(0, 0)), Value.REF_NULL_VALUE);
            this.table = table;
            this.reader = new Reader(types, table.elementType());
        }

        @Override
        public int size() {
            return table.size();
        }

        @Override
        public ValType elementType() {
            return table.elementType();
        }

        @Override
        public TableLimits limits() {
            return table.limits();
        }

        @Override
        public int grow(int size, int value, Instance instance) {
            return table.grow(size, value, instance);
        }

        @Override
        public int ref(int index) {
            return table.ref(index);
        }

        @Override
        public int requiredRef(int index) {
            int ref = table.rawRequiredRef(index);
            Instance owner = table.rawInstance(index);
            if (owner == null || owner == reader.local) {
                return ref;
            }
            return reader.foreign(owner, ref) ? 0 : ref;
        }

        @Override
        public Instance instance(int index) {
            Instance owner = table.rawInstance(index);
            if (owner == null || owner == reader.local) {
                return owner;
            }
            return reader.translate(index, owner, table.ref(index), table.size());
        }

        @Override
        public void setRef(int index, int value, Instance instance) {
            table.setRef(index, value, instance);
        }

        @Override
        public void reset() {
            table.reset();
        }
    }

    /** One module's reading of a table's entries: its type section, and the proxies it made. */
    private static final class Reader {
        private final TypeSection types;
        /** Whether the elements are functions ({@code call_indirect} applies). */
        private final boolean functions;
        /**
         * The last instance of the reader's own module seen in an entry (usually the reader):
         * its entries need no proxy, and are recognized by one comparison. Racy on purpose (any
         * value read is a correct answer).
         */
        Instance local;
        private final Map<Entry, Instance> proxies = new ConcurrentHashMap<>();
        /** The proxy modules by the reader's type index of the callee's type (-1: none equivalent). */
        private final Map<Integer, WasmModule> modules = new ConcurrentHashMap<>();
        /** Per slot, the last proxy handed out, so that repeated calls do not hash. */
        private volatile Slot[] slots = new Slot[0];

        Reader(TypeSection types, ValType element) {
            this.types = types;
            int heapType = element.typeIdx();
            this.functions = heapType == ValType.TypeIdxCode.FUNC.code() || heapType >= 0;
        }

        /**
         * Whether the entry is a function of an instance of another module (a different type
         * section); remembers an instance of the reader's own module in {@link #local}.
         */
        boolean foreign(Instance owner, int ref) {
            if (owner.module().typeSection() == types) {
                local = owner;
                return false;
            }
            return functions && ref != Value.REF_NULL_VALUE && ref >= 0 && ref < owner.functionCount();
        }

        /** The entry's instance as {@code call_indirect} must see it: a proxy if it is foreign. */
        Instance translate(int index, Instance owner, int ref, int size) {
            return foreign(owner, ref) ? proxy(index, owner, ref, size) : owner;
        }

        private Instance proxy(int index, Instance owner, int ref, int size) {
            Slot[] known = slots;
            if (index < known.length) {
                Slot slot = known[index];
                if (slot != null && slot.owner == owner && slot.ref == ref) {
                    return slot.proxy;
                }
            }
            Instance proxy = proxies.computeIfAbsent(new Entry(owner, ref), e -> newProxy(e.owner, e.ref));
            if (index >= known.length) {
                known = Arrays.copyOf(known, Math.max(index + 1, size));
            }
            known[index] = new Slot(owner, ref, proxy);
            slots = known;
            return proxy;
        }

        private Instance newProxy(Instance owner, int ref) {
            int k = equivalentType(owner.module().typeSection(), owner.functionType(ref), types);
            WasmModule module = modules.computeIfAbsent(k, this::proxyModule);
            var imp = (FunctionImport) module.importSection().getImport(0);
            FunctionType type = module.typeSection().getType(imp.typeIndex());
            Proxy machine = new Proxy(owner, ref);
            var imports = ImportValues.builder()
                    .addFunction(new ImportFunction(PROXY_MODULE, PROXY_NAME, type, (instance, args) -> machine.call(0, args)))
                    .build();
            return Instance.builder(module)
                    .withImportValues(imports)
                    .withMachineFactory(instance -> machine)
                    .withStart(false)
                    .build();
        }

        /**
         * A module of the reader's types (plus, for {@code k < 0}, a type no call can expect) that
         * imports one function of type {@code k} (or that extra type).
         */
        private WasmModule proxyModule(int k) {
            TypeSection section = types;
            int type = k;
            if (k < 0) {
                var builder = TypeSection.builder();
                int maxParams = 0;
                for (int i = 0; i < types.typeCount(); i++) {
                    builder.addRecType(types.getRecType(i));
                }
                for (FunctionType f : types.types()) {
                    if (f != null) maxParams = Math.max(maxParams, f.params().size());
                }
                // more parameters than any type of the reader has: equivalent to none of them
                List<ValType> params = new ArrayList<>(Collections.nCopies(maxParams + 1, ValType.I32));
                builder.addFunctionType(FunctionType.of(params, List.of()));
                section = builder.build();
                type = section.subTypeCount() - 1;
            }
            return WasmModule.builder()
                    .setTypeSection(section)
                    .setImportSection(ImportSection.builder()
                            .addImport(new FunctionImport(PROXY_MODULE, PROXY_NAME, type))
                            .build())
                    .withValidation(false)
                    .build();
        }
    }

    /** The first index of {@code ours} whose type is equivalent to type {@code index} of {@code theirs}; -1 if none. */
    static int equivalentType(TypeSection theirs, int index, TypeSection ours) {
        for (int i = 0; i < ours.subTypeCount(); i++) {
            if (TypeSection.crossModuleCanonicallyEquivalent(theirs, index, ours, i)) {
                return i;
            }
        }
        return -1;
    }
}
