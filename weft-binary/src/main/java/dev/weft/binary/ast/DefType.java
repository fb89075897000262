package dev.weft.binary.ast;

import java.util.List;
import java.util.Optional;

/** {@code deftype ::= defvaltype | functype | componenttype | instancetype | resourcetype}. */
public sealed interface DefType permits DefValType, DefType.Func, DefType.ComponentType,
        DefType.InstanceType, DefType.Resource {

    /** {@code functype ::= 0x40 ps rs | 0x43 ps rs} (0x43 is {@code async}). */
    record Func(boolean async, List<DefValType.Field> params, Optional<ValType> result) implements DefType {
        public Func { params = List.copyOf(params); }
    }

    /** {@code componenttype ::= 0x41 cd*:vec(<componentdecl>)}. */
    record ComponentType(List<Decl> decls) implements DefType {
        public ComponentType { decls = List.copyOf(decls); }
    }

    /** {@code instancetype ::= 0x42 id*:vec(<instancedecl>)}; never holds a {@link Decl.Import}. */
    record InstanceType(List<Decl> decls) implements DefType {
        public InstanceType { decls = List.copyOf(decls); }
    }

    /** {@code resourcetype ::= 0x3f t:<core:valtype> f?:<core:funcidx>?}. */
    record Resource(CoreValType rep, Optional<Integer> destructor) implements DefType {}

    /**
     * {@code componentdecl} / {@code instancedecl}: the declarators of component and instance types.
     * Each has the offset of its leading byte.
     */
    sealed interface Decl {
        int offset();

        /** {@code 0x00 t:<core:type>}. */
        record CoreType(int offset, CoreDefType type) implements Decl {}

        /** {@code 0x01 t:<type>}. */
        record Type(int offset, DefType type) implements Decl {}

        /** {@code 0x02 a:<alias>}. */
        record AliasDecl(int offset, Alias alias) implements Decl {}

        /** {@code 0x03 id:<importdecl>} (component types only). */
        record Import(int offset, ExternName name, ExternDesc type) implements Decl {}

        /** {@code 0x04 ed:<exportdecl>}. */
        record Export(int offset, ExternName name, ExternDesc type) implements Decl {}
    }
}
