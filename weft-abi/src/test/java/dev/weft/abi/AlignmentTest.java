package dev.weft.abi;

import static dev.weft.abi.Alignment.alignment;
import static dev.weft.abi.Alignment.discriminantType;
import static dev.weft.abi.T.c;
import static dev.weft.abi.T.enumOf;
import static dev.weft.abi.T.option;
import static dev.weft.abi.T.record;
import static dev.weft.abi.T.variant;
import static dev.weft.types.PrimitiveType.BOOL;
import static dev.weft.types.PrimitiveType.CHAR;
import static dev.weft.types.PrimitiveType.F64;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U16;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U64;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.types.FixedListType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    @Test
    void primitives() {
        assertEquals(1, alignment(BOOL));
        assertEquals(2, alignment(U16));
        assertEquals(4, alignment(CHAR));
        assertEquals(8, alignment(F64));
        assertEquals(4, alignment(PrimitiveType.ERROR_CONTEXT));
        assertEquals(4, alignment(new OwnType(new ResourceType("r"))));
    }

    @Test
    void stringsAndListsAlignLikePointers() {
        assertEquals(4, alignment(STRING));
        assertEquals(8, alignment(STRING, AddressType.I64));
        assertEquals(4, alignment(new ListType(U64)));
        assertEquals(8, alignment(new ListType(U8), AddressType.I64));
        assertEquals(4, alignment(new MapType(U8, U64)));
    }

    @Test
    void fixedListsAlignLikeTheirElement() {
        assertEquals(2, alignment(new FixedListType(U16, 3)));
        assertEquals(8, alignment(new FixedListType(U64, 1)));
    }

    @Test
    void recordsTakeTheLargestFieldAlignment() {
        assertEquals(4, alignment(record(U8, U32)));
        assertEquals(8, alignment(record(U8, record(U16, U64))));
    }

    @Test
    void variantsCoverDiscriminantAndPayloads() {
        assertEquals(8, alignment(option(U64)));
        assertEquals(1, alignment(enumOf("a", "b", "c")));
        assertEquals(2, alignment(T.variantOfSize(257)));
    }

    @Test
    void discriminantIsTheSmallestCoveringInteger() {
        assertEquals(U8, discriminantType(1));
        assertEquals(U8, discriminantType(2));
        assertEquals(U8, discriminantType(256)); // ceil(log2(256)/8) = 1 byte: indices 0..255
        assertEquals(U16, discriminantType(257));
        assertEquals(U16, discriminantType(65536));
        assertEquals(U32, discriminantType(65537));
        assertThrows(IllegalArgumentException.class, () -> discriminantType(0));
    }

    @Test
    void flagsUseTheSmallestCoveringInteger() {
        assertEquals(1, alignment(T.flags(1)));
        assertEquals(1, alignment(T.flags(8)));
        assertEquals(2, alignment(T.flags(9)));
        assertEquals(2, alignment(T.flags(16)));
        assertEquals(4, alignment(T.flags(17)));
        assertEquals(4, alignment(T.flags(32)));
        assertThrows(IllegalArgumentException.class, () -> alignment(T.flags(33)));
    }

    @Test
    void caseWithoutPayloadDoesNotCount() {
        assertEquals(1, alignment(variant(c("a", null), c("b", U8))));
    }
}
