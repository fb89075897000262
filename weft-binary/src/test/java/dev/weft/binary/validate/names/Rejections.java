package dev.weft.binary.validate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.errors.InvalidComponentException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that an action is rejected with an exact reason at an offset. */
final class Rejections {
    private Rejections() {}

    static InvalidComponentException assertRejected(String reason, long offset, Executable action) {
        InvalidComponentException e = assertThrows(InvalidComponentException.class, action);
        assertEquals(reason, e.reason());
        assertEquals(offset, e.offset());
        return e;
    }
}
