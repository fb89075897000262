package dev.weft.binary.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code section}: the thirteen section kinds of a component, in the spec's order. {@code offset} is
 * the offset of the section id byte. Sections that hold a {@code vec} keep each item (with its own offset).
 */
public sealed interface Section {
    int offset();

    /** section_0: a custom section; the component {@code name} section is decoded into {@link NameSection}. */
    record Custom(int offset, String name, ByteSlice payload) implements Section {}

    /** section_0 named {@code component-name}, decoded leniently (never a reason to reject a component). */
    record Names(int offset, NameSection names) implements Section {}

    /** section_1: a core module, kept as bytes (handed to the core engine and to the core-module reader). */
    record CoreModule(int offset, ByteSlice module) implements Section {}

    /** section_2. */
    record CoreInstances(int offset, List<CoreInstance> instances) implements Section {
        public CoreInstances { instances = List.copyOf(instances); }
    }

    /** section_3. */
    record CoreTypes(int offset, List<CoreDefType> types) implements Section {
        public CoreTypes { types = List.copyOf(types); }
    }

    /** section_4: a nested component. */
    record NestedComponent(int offset, Component component) implements Section {}

    /** section_5. */
    record Instances(int offset, List<Instance> instances) implements Section {
        public Instances { instances = List.copyOf(instances); }
    }

    /** section_6. */
    record Aliases(int offset, List<Alias> aliases) implements Section {
        public Aliases { aliases = List.copyOf(aliases); }
    }

    /** section_7. */
    record Types(int offset, List<DefType> types) implements Section {
        public Types { types = List.copyOf(types); }
    }

    /** section_8. */
    record Canons(int offset, List<Canon> canons) implements Section {
        public Canons { canons = List.copyOf(canons); }
    }

    /** section_9 (🪙). */
    record Start(int offset, int funcIndex, List<Integer> args, int results) implements Section {
        public Start { args = List.copyOf(args); }
    }

    /** section_10. */
    record Imports(int offset, List<Import> imports) implements Section {
        public Imports { imports = List.copyOf(imports); }
    }

    /** section_11. */
    record Exports(int offset, List<Export> exports) implements Section {
        public Exports { exports = List.copyOf(exports); }
    }

    /** section_12 (🪙). */
    record Values(int offset, List<Value> values) implements Section {
        public Values { values = List.copyOf(values); }
    }

    /** {@code import ::= na:<nameattributes> et:<externtype>}. */
    record Import(int offset, ExternName name, ExternDesc type) {}

    /** {@code export ::= na:<nameattributes> si:<sortidx> et?:<externtype>?}. */
    record Export(int offset, ExternName name, SortIndex target, Optional<ExternDesc> ascribed) {}

    /**
     * {@code value ::= t:<valtype> len:<core:u32> v:<val(t)>}: the value's bytes are kept undecoded
     * (their meaning depends on the type, which the validator resolves).
     */
    record Value(int offset, ValType type, ByteSlice bytes) {}
}
