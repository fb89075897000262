package dev.weft.binary.validate.model;

import java.util.Optional;

/**
 * A {@code defvaltype} definition (an identity) and its structure, with its nesting depth and its
 * effective size (the number of nodes of the type written out as a tree), which validation bounds so
 * that no later walk over a type can take exponential time or overflow the stack.
 */
public final class DefinedType implements VType, AnyType {
    private final Def def;
    private final int depth;
    private final long size;

    public DefinedType(Def def) {
        this.def = def;
        int d = 0;
        long s = 1;
        for (VType child : children(def)) {
            if (child instanceof DefinedType t) {
                d = Math.max(d, t.depth);
                s = Math.min(Long.MAX_VALUE / 2, s + t.size);
            } else {
                s++;
            }
        }
        this.depth = d + 1;
        this.size = s;
    }

    public Def def() {
        return def;
    }

    /** 1 for a type with no defined types inside, else one more than its deepest part. */
    public int depth() {
        return depth;
    }

    /** The number of nodes of the type written out as a tree. */
    public long size() {
        return size;
    }

    private static java.util.List<VType> children(Def def) {
        return switch (def) {
            case Def.Primitive p -> java.util.List.of();
            case Def.Flags f -> java.util.List.of();
            case Def.Enum e -> java.util.List.of();
            case Def.Own o -> java.util.List.of();
            case Def.Borrow b -> java.util.List.of();
            case Def.Record r -> r.fields().stream().map(Def.Named::type).toList();
            case Def.Variant v -> v.cases().stream().map(Def.CaseDef::type).flatMap(Optional::stream).toList();
            case Def.ListOf l -> java.util.List.of(l.element());
            case Def.FixedList l -> java.util.List.of(l.element());
            case Def.Tuple t -> t.types();
            case Def.Option o -> java.util.List.of(o.type());
            case Def.Result r -> java.util.stream.Stream.of(r.ok(), r.err()).flatMap(Optional::stream).toList();
            case Def.Stream s -> s.element().stream().toList();
            case Def.Future f -> f.element().stream().toList();
            case Def.MapOf m -> java.util.List.of(m.key(), m.value());
        };
    }

    /** As a type index entry: "defined type" (the structure's own word is {@code def().desc()}). */
    @Override
    public String desc() {
        return "defined type";
    }

    @Override
    public String toString() {
        return def.toString();
    }
}
