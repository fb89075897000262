package dev.weft.runtime.value;

import dev.weft.types.ResultType;
import dev.weft.types.ValueType;
import java.util.Objects;
import java.util.Optional;

/** A {@code result<t, e>}: {@code ok} or {@code err}, with a payload exactly when that side has a type. */
public record ResultValue(ResultType type, boolean isOk, Optional<Value> payload) implements Value {
    /** @throws ValueTypeException if the payload does not fit the side's type */
    public ResultValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        String side = isOk ? "ok" : "err";
        Optional<ValueType> expected = isOk ? type.ok() : type.err();
        if (expected.isPresent() && payload.isEmpty()) {
            throw new ValueTypeException("`" + side + "` of " + Values.describe(type) + " needs a payload of type "
                    + expected.get().wit());
        }
        if (expected.isEmpty() && payload.isPresent()) {
            throw new ValueTypeException("`" + side + "` of " + Values.describe(type) + " has no payload, found "
                    + payload.get().type().wit());
        }
        payload.ifPresent(p -> Values.check(p, expected.get(), "`" + side + "` payload"));
    }

    public boolean isErr() {
        return !isOk;
    }

    @Override
    public String toString() {
        return Wave.print(this);
    }
}
