package dev.weft.runtime.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeMatchingTest {
    private static FuncType func(List<ValueType> params, Optional<ValueType> result) {
        return new FuncType(false, params.stream().map(t -> new Field("p", t)).toList(), result);
    }

    @Test
    void structureMattersParameterNamesDoNot() {
        TypeMatching m = new TypeMatching(Map.of());
        FuncType a = new FuncType(false, List.of(new Field("msg", PrimitiveType.STRING)), Optional.empty());
        FuncType b = new FuncType(false, List.of(new Field("text", PrimitiveType.STRING)), Optional.empty());
        assertTrue(m.func(a, b));
        assertFalse(m.func(a, func(List.of(), Optional.empty())));
        assertFalse(m.func(a, func(List.of(PrimitiveType.U32), Optional.empty())));
        assertFalse(m.func(a, func(List.of(PrimitiveType.STRING), Optional.of(PrimitiveType.U32))));
    }

    @Test
    void recordFieldNamesMatter() {
        TypeMatching m = new TypeMatching(Map.of());
        RecordType xy = new RecordType(List.of(new Field("x", PrimitiveType.F64), new Field("y", PrimitiveType.F64)));
        RecordType ab = new RecordType(List.of(new Field("a", PrimitiveType.F64), new Field("b", PrimitiveType.F64)));
        assertTrue(m.value(new ListType(xy), new ListType(new RecordType(xy.fields()))));
        assertFalse(m.value(new ListType(xy), new ListType(ab)));
    }

    @Test
    void resourcesMatchThemselvesOrWhatTheyAreBoundTo() {
        ResourceType imported = new ResourceType("file");
        ResourceType host = new ResourceType("file");
        Map<ResourceType, ResourceType> bound = new IdentityHashMap<>();
        TypeMatching m = new TypeMatching(bound);
        assertTrue(m.value(new OwnType(imported), new OwnType(imported)));
        assertFalse(m.value(new OwnType(imported), new OwnType(host)));
        bound.put(imported, host);
        assertTrue(m.value(new OwnType(imported), new OwnType(host)));
        assertFalse(m.value(new OwnType(imported), new OwnType(new ResourceType("file"))));
    }
}
