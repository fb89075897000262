package dev.weft.wit;

import java.util.List;
import java.util.Optional;

/** What a named type definition is. */
public sealed interface TypeDefKind {

    /** {@code record r { a: t, ... }}. */
    record RecordDef(List<Field> fields) implements TypeDefKind {
        public RecordDef {
            fields = List.copyOf(fields);
        }
    }

    /** {@code variant v { a, b(t), ... }}. */
    record VariantDef(List<Case> cases) implements TypeDefKind {
        public VariantDef {
            cases = List.copyOf(cases);
        }
    }

    /** {@code enum e { a, b, ... }}. */
    record EnumDef(List<EnumCase> cases) implements TypeDefKind {
        public EnumDef {
            cases = List.copyOf(cases);
        }
    }

    /** {@code flags f { a, b, ... }}. */
    record FlagsDef(List<Flag> flags) implements TypeDefKind {
        public FlagsDef {
            flags = List.copyOf(flags);
        }
    }

    /** {@code resource r;}: its functions are in the owning interface, kinds naming this type. */
    record ResourceDef() implements TypeDefKind {}

    /**
     * {@code type a = t;}, or a name brought in by {@code use} (then {@code target} is
     * {@link Type.Named} of a type owned by another interface).
     */
    record AliasDef(Type target) implements TypeDefKind {}

    /** A record field. */
    record Field(String name, Type type, Docs docs) {}

    /** A variant case. */
    record Case(String name, Optional<Type> type, Docs docs) {}

    /** An enum case. */
    record EnumCase(String name, Docs docs) {}

    /** A flag. */
    record Flag(String name, Docs docs) {}
}
