package dev.weft.wit;

import static dev.weft.wit.WitTesting.iface;
import static dev.weft.wit.WitTesting.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.types.BorrowType;
import dev.weft.types.Case;
import dev.weft.types.EnumType;
import dev.weft.types.Field;
import dev.weft.types.FlagsType;
import dev.weft.types.FuncType;
import dev.weft.types.ListType;
import dev.weft.types.OptionType;
import dev.weft.types.OwnType;
import dev.weft.types.PrimitiveType;
import dev.weft.types.RecordType;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import dev.weft.types.VariantType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resolved WIT types as the semantic {@link ValueType}s of {@code dev.weft.types}. */
class ValueTypeTest {
    private final Resolve r = resolve("""
            package a:b;
            interface shapes {
              record point { x: f64, y: f64 }
              variant shape { none, circle(f32), poly(list<point>) }
              enum color { red, green }
              flags perms { read, write }
              type points = list<point>;
              type again = points;
            }
            interface use-them {
              use shapes.{point as pt, color};
              resource canvas {
                draw: func(p: pt, c: option<color>) -> result<_, string>;
              }
              type c2 = canvas;
              paint: func(c: borrow<c2>, owned: canvas) -> c2;
            }
            """);
    private final Interface shapes = iface(r, "shapes");
    private final Interface useThem = iface(r, "use-them");

    private ValueType vt(Interface i, String name) {
        return r.valueType(i.types().get(name)).orElseThrow();
    }

    @Test
    void namedTypesBecomeStructuralValueTypes() {
        RecordType point = new RecordType(List.of(new Field("x", PrimitiveType.F64), new Field("y", PrimitiveType.F64)));
        assertEquals(point, vt(shapes, "point"));
        assertEquals(new VariantType(List.of(new Case("none", Optional.empty()),
                new Case("circle", Optional.of(PrimitiveType.F32)), new Case("poly", Optional.of(new ListType(point))))),
                vt(shapes, "shape"));
        assertEquals(new EnumType(List.of("red", "green")), vt(shapes, "color"));
        assertEquals(new FlagsType(List.of("read", "write")), vt(shapes, "perms"));
        assertEquals(new ListType(point), vt(shapes, "again"));
        assertEquals(point, vt(useThem, "pt"));
    }

    @Test
    void resourcesAreOneIdentityEach() {
        TypeId canvas = useThem.types().get("canvas");
        assertTrue(r.valueType(canvas).isEmpty());
        assertTrue(r.valueType(useThem.types().get("c2")).isEmpty());
        ResourceType res = r.resourceType(canvas);
        assertSame(res, r.resourceType(useThem.types().get("c2")));
        FuncType paint = r.funcType(useThem.functions().get("paint"));
        assertEquals(new BorrowType(res), paint.params().get(0).type());
        assertEquals(new OwnType(res), paint.params().get(1).type());
        assertEquals(Optional.of(new OwnType(res)), paint.result());
        FuncType draw = r.funcType(useThem.functions().get("[method]canvas.draw"));
        assertEquals(new BorrowType(res), draw.params().get(0).type());
        assertEquals(new OptionType(vt(shapes, "color")), draw.params().get(2).type());
        assertEquals("func(self: borrow<canvas>, p: record { x: f64, y: f64 }, c: option<enum { red, green }>) "
                + "-> result<_, string>", draw.wit());
        assertThrows(IllegalArgumentException.class, () -> r.valueType(new Type.Named(canvas)));
        assertThrows(IllegalArgumentException.class, () -> r.resourceType(shapes.types().get("point")));
    }
}
