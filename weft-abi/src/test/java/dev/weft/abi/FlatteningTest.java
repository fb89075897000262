package dev.weft.abi;

import static dev.weft.abi.FlatType.F32;
import static dev.weft.abi.FlatType.F64;
import static dev.weft.abi.FlatType.I32;
import static dev.weft.abi.FlatType.I64;
import static dev.weft.abi.Flattening.flattenFuncType;
import static dev.weft.abi.Flattening.flattenType;
import static dev.weft.abi.Flattening.join;
import static dev.weft.abi.T.c;
import static dev.weft.abi.T.func;
import static dev.weft.abi.T.option;
import static dev.weft.abi.T.record;
import static dev.weft.abi.T.result;
import static dev.weft.abi.T.times;
import static dev.weft.abi.T.tuple;
import static dev.weft.abi.T.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.abi.Flattening.Concurrency;
import dev.weft.abi.Flattening.Context;
import dev.weft.abi.Flattening.Direction;
import dev.weft.types.BorrowType;
import dev.weft.types.FixedListType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;
import dev.weft.types.StreamType;
import dev.weft.types.ValueType;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlatteningTest {
    private static final ValueType U8 = PrimitiveType.U8;
    private static final ValueType U32 = PrimitiveType.U32;
    private static final ValueType U64 = PrimitiveType.U64;
    private static final ValueType STR = PrimitiveType.STRING;

    private static final Context SYNC_LIFT = Context.of(Direction.LIFT, Concurrency.SYNC);
    private static final Context SYNC_LOWER = Context.of(Direction.LOWER, Concurrency.SYNC);
    private static final Context ASYNC_LOWER = Context.of(Direction.LOWER, Concurrency.ASYNC);

    private static CoreSignature sig(List<FlatType> params, List<FlatType> results) {
        return new CoreSignature(params, results);
    }

    @Test
    void limitsAreThoseOfTheSpec() {
        assertEquals(16, Flattening.MAX_FLAT_PARAMS);
        assertEquals(4, Flattening.MAX_FLAT_ASYNC_PARAMS);
        assertEquals(1, Flattening.MAX_FLAT_RESULTS);
    }

    @Test
    void primitivesAndHandles() {
        assertEquals(List.of(I32), flattenType(PrimitiveType.BOOL));
        assertEquals(List.of(I64), flattenType(PrimitiveType.S64));
        assertEquals(List.of(F32), flattenType(PrimitiveType.F32));
        assertEquals(List.of(F64), flattenType(PrimitiveType.F64));
        assertEquals(List.of(I32), flattenType(PrimitiveType.CHAR));
        assertEquals(List.of(I32), flattenType(new BorrowType(new ResourceType("r"))));
        assertEquals(List.of(I32), flattenType(new StreamType(Optional.of(U8))));
        assertEquals(List.of(I32), flattenType(T.flags(32)));
    }

    @Test
    void stringsAndListsAreTwoPointers() {
        assertEquals(List.of(I32, I32), flattenType(STR));
        assertEquals(List.of(I64, I64), flattenType(STR, AddressType.I64));
        assertEquals(List.of(I32, I32), flattenType(new ListType(U64)));
        assertEquals(List.of(I32, I32), flattenType(new MapType(STR, U8)));
    }

    @Test
    void recordsTuplesAndFixedListsConcatenate() {
        assertEquals(List.of(I32, I64, F32), flattenType(record(U8, U64, PrimitiveType.F32)));
        assertEquals(List.of(I32, I32, I32), flattenType(tuple(U8, STR)));
        assertEquals(List.of(I64, I64, I64), flattenType(new FixedListType(U64, 3)));
    }

    @Test
    void variantsJoinTheirPayloads() {
        assertEquals(List.of(I32, I64), flattenType(result(U64, PrimitiveType.F32)));
        assertEquals(List.of(I32, I32), flattenType(result(PrimitiveType.F32, U32)));
        assertEquals(List.of(I32, F32), flattenType(option(PrimitiveType.F32)));
        assertEquals(List.of(I32, I64), flattenType(variant(c("f", PrimitiveType.F32), c("l", U64))));
        assertEquals(List.of(I32, I64, I32), flattenType(variant(c("a", record(PrimitiveType.F64, U8)), c("b", U8))));
        assertEquals(List.of(I32), flattenType(T.enumOf("a", "b")));
    }

    @Test
    void joinFollowsTheSpec() {
        assertEquals(I32, join(I32, I32));
        assertEquals(I32, join(I32, F32));
        assertEquals(I32, join(F32, I32));
        assertEquals(I64, join(I32, I64));
        assertEquals(I64, join(F32, F64));
        assertEquals(I64, join(F64, I32));
        assertEquals(F64, join(F64, F64));
    }

    @Test
    void boundedFlatteningStopsEarly() {
        assertTrue(Flattening.flattenTypes(List.of(tuple(U64, U64)), AddressType.I32, 1).isEmpty());
        assertEquals(Optional.of(List.of(I64)), Flattening.flattenTypes(List.of(U64), AddressType.I32, 1));
        // 2^32-1 elements: must not try to build the whole flattening
        var huge = new FixedListType(U8, 4294967295L);
        assertTrue(Flattening.flattenTypes(List.of(huge), AddressType.I32, 16).isEmpty());
        assertEquals(sig(List.of(I32), List.of()), flattenFuncType(func(false, List.of(huge), null), SYNC_LIFT));
    }

    @Test
    void syncScalarsPassDirectly() {
        assertEquals(sig(List.of(I32), List.of(I32)), flattenFuncType(func(false, List.of(U32), U32), SYNC_LIFT));
        assertEquals(sig(List.of(I32), List.of(I32)), flattenFuncType(func(false, List.of(U32), U32), SYNC_LOWER));
        assertEquals(sig(List.of(), List.of()), flattenFuncType(func(false, List.of(), null), SYNC_LOWER));
    }

    @Test
    void moreThan16FlatParamsBecomeOnePointer() {
        assertEquals(sig(Collections.nCopies(16, I32), List.of()), flattenFuncType(func(false, times(16, U32), null), SYNC_LIFT));
        assertEquals(sig(List.of(I32), List.of()), flattenFuncType(func(false, times(17, U32), null), SYNC_LIFT));
        assertEquals(sig(List.of(I32), List.of()), flattenFuncType(func(false, times(9, STR), null), SYNC_LOWER));
    }

    @Test
    void spilledResultsAreReturnedByPointerWhenLiftingAndPassedOneWhenLowering() {
        assertEquals(sig(List.of(), List.of(I32)), flattenFuncType(func(false, List.of(), STR), SYNC_LIFT));
        assertEquals(sig(List.of(I32), List.of()), flattenFuncType(func(false, List.of(), STR), SYNC_LOWER));
        assertEquals(sig(List.of(I32, I32), List.of()), flattenFuncType(func(false, times(17, U8), STR), SYNC_LOWER));
    }

    @Test
    void pointersFollowTheMemoryAddressType() {
        Context lower64 = new Context(Direction.LOWER, Concurrency.SYNC, AddressType.I64);
        assertEquals(sig(List.of(I64, I64, I64), List.of()), flattenFuncType(func(false, List.of(STR), STR), lower64));
        Context lift64 = new Context(Direction.LIFT, Concurrency.SYNC, AddressType.I64);
        assertEquals(sig(List.of(I64), List.of(I64)), flattenFuncType(func(false, times(17, U8), STR), lift64));
    }

    @Test
    void asyncLowerHasFourParamsAPointerForTheResultAndAnI32Status() {
        assertEquals(sig(Collections.nCopies(4, I32), List.of(I32)), flattenFuncType(func(true, times(4, U32), null), ASYNC_LOWER));
        assertEquals(sig(List.of(I32), List.of(I32)), flattenFuncType(func(true, times(5, U32), null), ASYNC_LOWER));
        assertEquals(sig(List.of(I32, I32), List.of(I32)), flattenFuncType(func(true, List.of(U32), U32), ASYNC_LOWER));
        assertEquals(sig(List.of(I32, I32), List.of(I32)), flattenFuncType(func(true, times(5, U32), U8), ASYNC_LOWER));
        assertEquals(sig(List.of(), List.of(I32)), flattenFuncType(func(true, List.of(), null), ASYNC_LOWER));
    }

    @Test
    void asyncLiftReturnsAnI32OnlyWithACallback() {
        Context callback = Context.of(Direction.LIFT, Concurrency.ASYNC_CALLBACK);
        Context stackful = Context.of(Direction.LIFT, Concurrency.ASYNC);
        assertEquals(sig(List.of(I32), List.of(I32)), flattenFuncType(func(true, List.of(U32), STR), callback));
        assertEquals(sig(List.of(I32), List.of()), flattenFuncType(func(true, List.of(U32), STR), stackful));
        assertEquals(sig(Collections.nCopies(16, I32), List.of()), flattenFuncType(func(true, times(16, U32), null), stackful));
        assertEquals(sig(List.of(I32), List.of(I32)), flattenFuncType(func(true, times(17, U32), null), callback));
    }
}
