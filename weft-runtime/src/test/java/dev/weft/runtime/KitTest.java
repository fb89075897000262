package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.Value;
import dev.weft.types.Field;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ../shared/components/kit}: the expected results of ../shared/README.md. */
class KitTest {
    private static final RecordType POINT = new RecordType(List.of(new Field("x", PrimitiveType.F64),
            new Field("y", PrimitiveType.F64)));

    private final List<String> logged = new ArrayList<>();
    private Instance kit;

    @BeforeEach
    void instantiate() throws IOException {
        Engine engine = Engine.create();
        Component component = Component.fromFile(engine, TestComponents.kit());
        kit = new Linker(engine).func("log", args -> {
            logged.add(((Str) args.getFirst()).value());
            return Optional.empty();
        }).instantiate(component);
    }

    private Optional<Value> call(String name, Value... args) {
        return kit.func("bench:kit/api#" + name).orElseThrow().call(args);
    }

    @Test
    void noopAndAdd() {
        assertEquals(Optional.empty(), call("noop"));
        assertEquals(Optional.of(Value.u32(5)), call("add", Value.u32(2), Value.u32(3)));
    }

    @Test
    void lists() {
        ListValue xs = Value.list(PrimitiveType.U32, Value.u32(1), Value.u32(2), Value.u32(3));
        assertEquals(Optional.of(Value.u64(6)), call("sum-list", xs));
        assertEquals(Optional.of(Value.u32(1456420779L)), call("checksum", Value.bytes(new byte[] {1, 2, 3})));
    }

    @Test
    void centroidOfRecords() {
        ListValue pts = Value.list(POINT, point(1, 2), point(3, 4));
        assertEquals(Optional.of(point(2, 3)), call("centroid", pts));
    }

    @Test
    void stringsAndTheLogImport() {
        assertEquals(Optional.of(Value.string("ééé")), call("repeat", Value.character('é'), Value.u32(3)));
        assertEquals(List.of("repeat called"), logged);
        String s = "any string, even 😀 and a NUL \0 inside";
        assertEquals(Optional.of(Value.string(s)), call("echo-string", Value.string(s)));
    }

    private static Value point(double x, double y) {
        return Value.record(POINT, Value.f64(x), Value.f64(y));
    }
}
