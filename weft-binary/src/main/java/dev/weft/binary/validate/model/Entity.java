package dev.weft.binary.validate.model;

/**
 * The type of an import, export, instantiation argument or instance export
 * ({@code ComponentEntityType} in wasmparser).
 */
public sealed interface Entity {

    /** "module", "func", "value", "type", "instance" or "component". */
    String desc();

    /** The effective size of the type (core module types count 1). */
    default long size() {
        return switch (this) {
            case Module m -> 1;
            case Func f -> f.type().size();
            case Value v -> VType.sizeOf(v.type());
            case Type t -> switch (t.created()) {
                case DefinedType d -> d.size();
                case FuncDef f -> f.size();
                case InstanceTypeDef i -> i.size();
                case ComponentTypeDef c -> c.size();
                case ResourceRef r -> 1;
            };
            case Instance i -> i.type().size();
            case Component c -> c.type().size();
        };
    }

    /** The sum of the sizes of {@code entities}, plus one. */
    static long size(Iterable<Entity> entities) {
        long s = 1;
        for (Entity e : entities) s = VType.add(s, e.size());
        return s;
    }

    record Module(ModuleTypeDef type) implements Entity {
        public String desc() { return "module"; }
    }

    record Func(FuncDef type) implements Entity {
        public String desc() { return "func"; }
    }

    record Value(VType type) implements Entity {
        public String desc() { return "value"; }
    }

    /**
     * A type: {@code referenced} is the type the bound refers to, {@code created} the fresh index-space
     * entry the import/export introduces (the same object for a {@code (sub resource)}).
     */
    record Type(AnyType referenced, AnyType created) implements Entity {
        public String desc() { return "type"; }
    }

    record Instance(InstanceTypeDef type) implements Entity {
        public String desc() { return "instance"; }
    }

    record Component(ComponentTypeDef type) implements Entity {
        public String desc() { return "component"; }
    }
}
