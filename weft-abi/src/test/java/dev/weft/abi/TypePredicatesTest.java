package dev.weft.abi;

import static dev.weft.abi.T.func;
import static dev.weft.abi.T.option;
import static dev.weft.abi.T.record;
import static dev.weft.abi.T.result;
import static dev.weft.abi.T.tuple;
import static dev.weft.abi.TypePredicates.containsAsyncValue;
import static dev.weft.abi.TypePredicates.containsBorrow;
import static dev.weft.abi.TypePredicates.containsListOrString;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U32;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.BorrowType;
import dev.weft.types.FixedListType;
import dev.weft.types.FutureType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.OwnType;
import dev.weft.types.ResourceType;
import dev.weft.types.StreamType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypePredicatesTest {
    private static final ResourceType R = new ResourceType("r");

    @Test
    void borrowIsFoundAtAnyDepth() {
        assertTrue(containsBorrow(new BorrowType(R)));
        assertTrue(containsBorrow(new ListType(new BorrowType(R))));
        assertTrue(containsBorrow(option(new BorrowType(R))));
        assertTrue(containsBorrow(record(U8, result(null, new BorrowType(R)))));
        assertTrue(containsBorrow(new FixedListType(new BorrowType(R), 2)));
        assertFalse(containsBorrow(new OwnType(R)));
        assertFalse(containsBorrow(record(U8, STRING)));
    }

    @Test
    void asyncValuesAreStreamsAndFutures() {
        assertTrue(containsAsyncValue(tuple(U8, new FutureType(Optional.of(U32)))));
        assertTrue(containsAsyncValue(new StreamType(Optional.empty())));
        assertTrue(containsAsyncValue(new ListType(new StreamType(Optional.of(U8)))));
        assertFalse(containsAsyncValue(U32));
        assertFalse(containsAsyncValue(T.flags(3)));
    }

    @Test
    void streamPayloadsAreLookedInto() {
        assertTrue(containsBorrow(new StreamType(Optional.of(new BorrowType(R)))));
        assertFalse(containsBorrow(new FutureType(Optional.empty())));
    }

    @Test
    void listsAndStringsPointIntoMemory() {
        assertTrue(containsListOrString(STRING));
        assertTrue(containsListOrString(new ListType(U8)));
        assertTrue(containsListOrString(option(new ListType(U8))));
        assertTrue(containsListOrString(new MapType(U8, U8)));
        assertTrue(containsListOrString(new FixedListType(STRING, 2)));
        assertFalse(containsListOrString(new FixedListType(U8, 4)));
        assertFalse(containsListOrString(record(U8, U32)));
    }

    @Test
    void functionTypesLookInsideParamsAndResult() {
        assertTrue(containsBorrow(func(false, List.of(new ListType(new BorrowType(R))), null)));
        assertTrue(containsAsyncValue(func(false, List.of(), new FutureType(Optional.empty()))));
        assertFalse(containsBorrow(func(false, List.of(U8), new OwnType(R))));
    }
}
