package dev.weft.binary.validate.model;

import dev.weft.types.PrimitiveType;
import java.util.List;
import java.util.Optional;

/** The structure of a {@link DefinedType}: one record per {@code defvaltype} constructor. */
public sealed interface Def {

    /** wasmparser's {@code ComponentDefinedType::desc}. */
    String desc();

    record Primitive(PrimitiveType type) implements Def {
        public String desc() { return "primitive"; }
    }

    record Record(List<Named> fields) implements Def {
        public Record { fields = List.copyOf(fields); }
        public String desc() { return "record"; }
    }

    record Variant(List<CaseDef> cases) implements Def {
        public Variant { cases = List.copyOf(cases); }
        public String desc() { return "variant"; }
    }

    record ListOf(VType element) implements Def {
        public String desc() { return "list"; }
    }

    record FixedList(VType element, long length) implements Def {
        public String desc() { return "fixed size list"; }
    }

    record Tuple(List<VType> types) implements Def {
        public Tuple { types = List.copyOf(types); }
        public String desc() { return "tuple"; }
    }

    record Flags(List<String> names) implements Def {
        public Flags { names = List.copyOf(names); }
        public String desc() { return "flags"; }
    }

    record Enum(List<String> names) implements Def {
        public Enum { names = List.copyOf(names); }
        public String desc() { return "enum"; }
    }

    record Option(VType type) implements Def {
        public String desc() { return "option"; }
    }

    record Result(Optional<VType> ok, Optional<VType> err) implements Def {
        public String desc() { return "result"; }
    }

    record Own(ResourceRef resource) implements Def {
        public String desc() { return "own"; }
    }

    record Borrow(ResourceRef resource) implements Def {
        public String desc() { return "borrow"; }
    }

    record Stream(Optional<VType> element) implements Def {
        public String desc() { return "stream"; }
    }

    record Future(Optional<VType> element) implements Def {
        public String desc() { return "future"; }
    }

    record MapOf(VType key, VType value) implements Def {
        public String desc() { return "map"; }
    }

    /** A record field or function parameter. */
    record Named(String name, VType type) {}

    /** A variant case. */
    record CaseDef(String name, Optional<VType> type) {}
}
