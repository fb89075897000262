package dev.weft.runtime.value;

import dev.weft.errors.WeftException;

/**
 * A value does not fit a type: a wrong argument ("expected u32, found string at param `a`"), a number
 * out of range for its type, an unknown case, field or flag name.
 */
public final class ValueTypeException extends WeftException {
    public ValueTypeException(String message) {
        super(message);
    }

    static ValueTypeException outOfRange(String wit, Object value) {
        return new ValueTypeException(value + " is out of range for " + wit);
    }
}
