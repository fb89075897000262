package dev.weft.runtime.value;

import dev.weft.types.Case;
import dev.weft.types.VariantType;
import java.util.Objects;
import java.util.Optional;

/** A {@code variant}: one case, by index into the type's cases, with a payload exactly when the case has a type. */
public record VariantValue(VariantType type, int caseIndex, Optional<Value> payload) implements Value {
    /** @throws ValueTypeException if the index is out of range or the payload does not fit the case */
    public VariantValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (caseIndex < 0 || caseIndex >= type.cases().size()) {
            throw new ValueTypeException("case index " + caseIndex + " is out of range for " + Values.describe(type));
        }
        checkPayload(type.cases().get(caseIndex), payload);
    }

    /** The value of case {@code name}, with {@code payload} (empty for a case without a type). */
    public static VariantValue of(VariantType type, String name, Optional<? extends Value> payload) {
        int index = caseIndex(type, name);
        return new VariantValue(type, index, payload.map(Value.class::cast));
    }

    static int caseIndex(VariantType type, String name) {
        for (int i = 0; i < type.cases().size(); i++) {
            if (type.cases().get(i).name().equals(name)) return i;
        }
        throw new ValueTypeException("unknown case `" + name + "` for " + Values.describe(type));
    }

    private static void checkPayload(Case c, Optional<Value> payload) {
        if (c.type().isPresent() && payload.isEmpty()) {
            throw new ValueTypeException("case `" + c.name() + "` needs a payload of type " + c.type().get().wit());
        }
        if (c.type().isEmpty() && payload.isPresent()) {
            throw new ValueTypeException("case `" + c.name() + "` has no payload, found " + payload.get().type().wit());
        }
        payload.ifPresent(p -> Values.check(p, c.type().get(), "case `" + c.name() + "` payload"));
    }

    public String caseName() {
        return type.cases().get(caseIndex).name();
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
