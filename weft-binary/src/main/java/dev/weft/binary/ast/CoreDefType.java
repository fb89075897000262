package dev.weft.binary.ast;

import java.util.List;

/** {@code core:deftype ::= core:rectype | 0x00 0x50 sub | core:moduletype}. */
public sealed interface CoreDefType permits CoreDefType.RecGroup, CoreDefType.ModuleType {

    /**
     * A recursion group. A plain {@code 0x60} function type decodes as a group of one final subtype
     * with no supertypes ({@code explicit} false); {@code 0x4e} gives an explicit group.
     */
    record RecGroup(boolean explicit, List<SubType> types) implements CoreDefType {
        public RecGroup { types = List.copyOf(types); }

        public static RecGroup single(Composite c) {
            return new RecGroup(false, List.of(new SubType(true, List.of(), c)));
        }
    }

    /** {@code sub final? x* ct}. */
    record SubType(boolean isFinal, List<Integer> supertypes, Composite composite) {
        public SubType { supertypes = List.copyOf(supertypes); }
    }

    /** {@code comptype}: func, struct or array. */
    sealed interface Composite permits FuncType, StructType, ArrayType {}

    /** {@code 0x60 vec(valtype) vec(valtype)}. */
    record FuncType(List<CoreValType> params, List<CoreValType> results) implements Composite {
        public FuncType {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }

        @Override
        public String toString() {
            return "(func (param " + params + ") (result " + results + "))";
        }
    }

    /** {@code 0x5f vec(fieldtype)}. */
    record StructType(List<FieldType> fields) implements Composite {
        public StructType { fields = List.copyOf(fields); }
    }

    /** {@code 0x5e fieldtype}. */
    record ArrayType(FieldType element) implements Composite {}

    /** {@code fieldtype ::= st:storagetype m:mut}. */
    record FieldType(CoreStorageType storage, boolean mutable) {}

    /** {@code core:moduletype ::= 0x50 md*:vec(<core:moduledecl>)}. */
    record ModuleType(List<ModuleDecl> decls) implements CoreDefType {
        public ModuleType { decls = List.copyOf(decls); }
    }

    /** {@code core:moduledecl}. */
    sealed interface ModuleDecl {
        int offset();

        /** {@code 0x00 i:<core:import>}. */
        record Import(int offset, String module, String name, CoreExternType type) implements ModuleDecl {}

        /** {@code 0x01 t:<core:type>}. */
        record Type(int offset, CoreDefType type) implements ModuleDecl {}

        /** {@code 0x02 a:<core:alias>} = {@code 0x10 0x01 ct idx}: an outer alias of a core type. */
        record OuterAlias(int offset, int count, int index) implements ModuleDecl {}

        /** {@code 0x03 e:<core:exportdecl>}. */
        record Export(int offset, String name, CoreExternType type) implements ModuleDecl {}
    }
}
