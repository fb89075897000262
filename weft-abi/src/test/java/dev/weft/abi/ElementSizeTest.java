package dev.weft.abi;

import static dev.weft.abi.ElementSize.SATURATED;
import static dev.weft.abi.ElementSize.elemSize;
import static dev.weft.abi.ElementSize.withinLimit;
import static dev.weft.abi.T.c;
import static dev.weft.abi.T.enumOf;
import static dev.weft.abi.T.option;
import static dev.weft.abi.T.record;
import static dev.weft.abi.T.result;
import static dev.weft.abi.T.tuple;
import static dev.weft.abi.T.variant;
import static dev.weft.types.PrimitiveType.BOOL;
import static dev.weft.types.PrimitiveType.CHAR;
import static dev.weft.types.PrimitiveType.F32;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U16;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U64;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.FixedListType;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElementSizeTest {

    @Test
    void primitivesAndHandles() {
        assertEquals(1, elemSize(BOOL));
        assertEquals(4, elemSize(CHAR));
        assertEquals(8, elemSize(U64));
        assertEquals(4, elemSize(new FutureType(Optional.empty())));
    }

    @Test
    void stringsAndListsArePointerPairs() {
        assertEquals(8, elemSize(STRING));
        assertEquals(16, elemSize(STRING, AddressType.I64));
        assertEquals(8, elemSize(new ListType(U64)));
        assertEquals(8, elemSize(new MapType(STRING, STRING)));
    }

    @Test
    void recordsArePaddedToTheirAlignment() {
        assertEquals(8, elemSize(record(U8, U32)));       // u8 @0, u32 @4
        assertEquals(6, elemSize(tuple(U8, U16, U8)));    // @0, @2, @4, size 5 -> 6
        assertEquals(16, elemSize(record(U64, U8)));      // 9 -> 16
        assertEquals(12, elemSize(record(STRING, U32)));
    }

    @Test
    void variantsPlacePayloadAfterTheAlignedDiscriminant() {
        assertEquals(16, elemSize(option(U64)));                        // 1 -> 8, +8
        assertEquals(8, elemSize(result(U32, F32)));                    // 1 -> 4, +4
        assertEquals(1, elemSize(enumOf("a", "b", "c")));
        assertEquals(2, elemSize(T.variantOfSize(300)));                // u16 discriminant
        assertEquals(4, elemSize(variant(c("a", U8), c("b", U16))));    // 1 -> 2, +2
        assertEquals(1, elemSize(result(null, null)));                  // just the u8 discriminant
    }

    @Test
    void fixedListsMultiply() {
        assertEquals(6, elemSize(new FixedListType(U16, 3)));
        assertEquals(24, elemSize(new FixedListType(record(U8, U32), 3)));
    }

    @Test
    void flagsTakeOneTwoOrFourBytes() {
        assertEquals(1, elemSize(T.flags(8)));
        assertEquals(2, elemSize(T.flags(16)));
        assertEquals(4, elemSize(T.flags(32)));
    }

    @Test
    void validationLimitIsCheckedWith64BitPointers() {
        assertTrue(withinLimit(new FixedListType(U8, 268435455)));
        assertFalse(withinLimit(new FixedListType(U8, 268435456)));
        assertFalse(withinLimit(new FixedListType(U64, 536870912)));   // 2^32: must not wrap to 0
        assertFalse(withinLimit(tuple(new FixedListType(U8, 268435455), new FixedListType(U8, 1))));
        assertEquals(1L << 27, elemSize(new FixedListType(STRING, 16777216)));
        assertFalse(withinLimit(new FixedListType(STRING, 16777216))); // 2^28 with i64 pointers
        assertTrue(withinLimit(new MapType(U8, new FixedListType(U8, 268435455))));
    }

    @Test
    void hugeNestedListsSaturateInsteadOfOverflowing() {
        long max = 4294967295L;
        var huge = new FixedListType(new FixedListType(new FixedListType(U64, max), max), max);
        assertEquals(SATURATED, elemSize(huge));
        assertEquals(SATURATED, elemSize(record(huge, huge, U8)));
        assertEquals(SATURATED, elemSize(option(huge)));
        assertFalse(withinLimit(huge));
    }
}
