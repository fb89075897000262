package dev.weft.abi;

import static dev.weft.abi.Despecialization.despecialize;
import static dev.weft.abi.T.c;
import static dev.weft.abi.T.enumOf;
import static dev.weft.abi.T.option;
import static dev.weft.abi.T.result;
import static dev.weft.abi.T.tuple;
import static dev.weft.abi.T.variant;
import static dev.weft.types.PrimitiveType.STRING;
import static dev.weft.types.PrimitiveType.U16;
import static dev.weft.types.PrimitiveType.U8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.types.Field;
import dev.weft.types.FixedListType;
import dev.weft.types.ListType;
import dev.weft.types.MapType;
import dev.weft.types.RecordType;
import dev.weft.types.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DespecializationTest {

    @Test
    void tupleBecomesRecordWithNumberedFields() {
        assertEquals(new RecordType(List.of(new Field("0", U8), new Field("1", U16))), despecialize(tuple(U8, U16)));
    }

    @Test
    void enumBecomesVariantWithoutPayloads() {
        assertEquals(variant(c("a", null), c("b", null)), despecialize(enumOf("a", "b")));
    }

    @Test
    void optionBecomesNoneSome() {
        assertEquals(variant(c("none", null), c("some", U8)), despecialize(option(U8)));
    }

    @Test
    void resultBecomesOkError() {
        assertEquals(variant(c("ok", U8), c("error", null)), despecialize(result(U8, null)));
        assertEquals(variant(c("ok", null), c("error", STRING)), despecialize(result(null, STRING)));
    }

    @Test
    void mapBecomesListOfKeyValueRecords() {
        ValueType expected = new ListType(new RecordType(List.of(new Field("0", U8), new Field("1", STRING))));
        assertEquals(expected, despecialize(new MapType(U8, STRING)));
    }

    @Test
    void fundamentalTypesAreUnchanged() {
        ValueType list = new FixedListType(U8, 3);
        assertSame(list, despecialize(list));
        assertSame(STRING, despecialize(STRING));
        ValueType v = variant(c("x", U8));
        assertSame(v, despecialize(v));
    }
}
