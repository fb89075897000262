package dev.weft.binary.validate.model;

import dev.weft.types.PrimitiveType;

/**
 * A component {@code valtype} during validation: a primitive written inline, or a reference to a
 * {@link DefinedType} (an identity: two definitions of the same record are different types here).
 */
public sealed interface VType permits VType.Prim, DefinedType {

    /** The effective size of a value type (1 for a primitive). */
    static long sizeOf(VType t) {
        return t instanceof DefinedType d ? d.size() : 1;
    }

    /** Sizes add up without overflowing. */
    static long add(long a, long b) {
        return Math.min(Long.MAX_VALUE / 2, a + b);
    }

    /** A primitive value type written inline. */
    record Prim(PrimitiveType type) implements VType {
        private static final Prim[] ALL = new Prim[PrimitiveType.values().length];

        static {
            for (PrimitiveType p : PrimitiveType.values()) ALL[p.ordinal()] = new Prim(p);
        }

        public static Prim of(PrimitiveType p) {
            return ALL[p.ordinal()];
        }

        @Override
        public String toString() {
            return type.wit();
        }
    }
}
