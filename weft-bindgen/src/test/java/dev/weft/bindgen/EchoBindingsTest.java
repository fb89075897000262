package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.bindgen.golden.echo.Result;
import dev.weft.bindgen.golden.echo.Tuple3;
import dev.weft.bindgen.golden.echo.test.echo.Echo;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.Trap;
import dev.weft.runtime.typed.TypedExport;
import dev.weft.runtime.value.ValueTypeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The typed call path against {@code echo.wat}, whose functions return their argument: random
 * values of every shape must come back equal, through flat values, spilled parameters and results,
 * lists, strings and variants; the same through the values-only bindings; and the ABI's checks of
 * what the guest returns must trap.
 */
class EchoBindingsTest {
    private static final int ROUNDS = 150;
    private Instance instance;
    private Engine engine;
    private Echo echo;
    private final Random random = new Random(42);

    @BeforeEach
    void instantiate() throws Exception {
        Engine engine = Engine.builder().execution(Execution.INTERPRETER).build();
        Component component = Component.fromBytes(engine, Files.readAllBytes(Path.of("src/test/resources/components/echo.wasm")));
        Linker linker = new Linker(engine);
        this.engine = engine;
        instance = linker.instantiate(component);
        echo = dev.weft.bindgen.golden.echo.Echo.of(linker, instance).echo();
    }

    @Test
    void theTypedPathIsTaken() {
        for (String f : List.of("echo-u8", "echo-string", "echo-nested", "echo-shape", "bad-list")) {
            assertTrue(TypedExport.bind(instance.func("test:echo/echo", f).orElseThrow()).isPresent(), f);
        }
    }

    @Test
    void scalars() {
        for (int i = 0; i < ROUNDS; i++) {
            boolean b = random.nextBoolean();
            assertEquals(b, echo.echoBool(b));
            byte b8 = (byte) random.nextInt();
            assertEquals(b8, echo.echoU8(b8));
            assertEquals(b8, echo.echoS8(b8));
            short s16 = (short) random.nextInt();
            assertEquals(s16, echo.echoU16(s16));
            assertEquals(s16, echo.echoS16(s16));
            int i32 = random.nextInt();
            assertEquals(i32, echo.echoU32(i32));
            assertEquals(i32, echo.echoS32(i32));
            long i64 = random.nextLong();
            assertEquals(i64, echo.echoU64(i64));
            assertEquals(i64, echo.echoS64(i64));
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isNaN(f)) assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(echo.echoF32(f)));
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isNaN(d)) assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(echo.echoF64(d)));
            int c = codePoint();
            assertEquals(c, echo.echoChar(c));
            Echo.Color color = Echo.Color.values()[random.nextInt(3)];
            assertEquals(color, echo.echoColor(color));
            Echo.Permissions p = permissions();
            assertEquals(p, echo.echoPermissions(p));
        }
        assertEquals(0x7fc00000, Float.floatToRawIntBits(echo.echoF32(Float.intBitsToFloat(0x7fc00001))), "NaNs are canonical");
        assertEquals(0x7ff8000000000000L, Double.doubleToRawLongBits(echo.echoF64(Double.longBitsToDouble(0x7ff0000000000001L))));
    }

    @Test
    void stringsListsAndRecords() {
        for (int i = 0; i < ROUNDS; i++) {
            String s = string();
            assertEquals(s, echo.echoString(s));
            byte[] bytes = bytes();
            assertArrayEquals(bytes, echo.echoBytes(bytes));
            List<Echo.Point> points = list(this::point);
            assertEquals(points, echo.echoPoints(points));
            List<Echo.Primitives> prims = list(this::primitives);
            assertEquals(prims, echo.echoPrimitives(prims));
            Echo.Point point = point();
            assertEquals(point, echo.echoPoint(point));
            List<Short> shorts = list(() -> (short) random.nextInt());
            assertEquals(shorts, echo.echoShorts(shorts));
            List<Integer> ints = list(random::nextInt);
            assertEquals(ints, echo.echoInts(ints));
            List<Long> longs = list(random::nextLong);
            assertEquals(longs, echo.echoLongs(longs));
            List<Float> floats = list(random::nextFloat);
            assertEquals(floats, echo.echoFloats(floats));
            List<Double> doubles = list(random::nextDouble);
            assertEquals(doubles, echo.echoDoubles(doubles));
            List<Integer> chars = list(this::codePoint);
            assertEquals(chars, echo.echoChars(chars));
            List<Boolean> bools = list(random::nextBoolean);
            assertEquals(bools, echo.echoBools(bools));
        }
        List<Float> nan = echo.echoFloats(List.of(Float.intBitsToFloat(0x7fc00123)));
        assertEquals(0x7fc00000, Float.floatToRawIntBits(nan.get(0)), "NaNs in lists are canonical too");
    }

    @Test
    void variantsOptionsResults() {
        for (int i = 0; i < ROUNDS; i++) {
            Echo.Shape shape = shape();
            assertEquals(shape, echo.echoShape(shape));
            List<Echo.Shape> shapes = list(this::shape);
            assertEquals(shapes, echo.echoShapes(shapes));
            Optional<Integer> o = random.nextBoolean() ? Optional.of(random.nextInt()) : Optional.empty();
            assertEquals(o, echo.echoOption(o));
            Result<Integer, String> r = random.nextBoolean() ? Result.ok(random.nextInt()) : Result.err(string());
            assertEquals(r, echo.echoResult(r));
        }
    }

    @Test
    void spilledParametersAndResults() {
        for (int i = 0; i < ROUNDS; i++) {
            Echo.Nested n = nested();
            assertNested(n, echo.echoNested(n));
            List<Echo.Nested> ns = list(this::nested);
            List<Echo.Nested> back = echo.echoNesteds(ns);
            assertEquals(ns.size(), back.size());
            for (int k = 0; k < ns.size(); k++) assertNested(ns.get(k), back.get(k));
        }
    }

    @Test
    void theValuesOnlyBindingsAgree() {
        var values = dev.weft.bindgen.golden.echovalues.Echo.of(new Linker(engine), instance).echo();
        var p = new dev.weft.bindgen.golden.echovalues.test.echo.Echo.Point(1.5, -2);
        assertEquals(p, values.echoPoint(p));
        var shape = new dev.weft.bindgen.golden.echovalues.test.echo.Echo.Shape.Named("é");
        assertEquals(shape, values.echoShape(shape));
        assertEquals("héllo", values.echoString("héllo"));
        assertEquals(-5, values.echoU32(-5));
        assertEquals(Optional.of(7), values.echoOption(Optional.of(7)));
    }

    @Test
    void badArgumentsAreJavaErrorsAndLeaveTheInstanceUsable() {
        assertThrows(ValueTypeException.class, () -> echo.echoChar(0xD800));
        assertThrows(NullPointerException.class, () -> echo.echoString(null));
        List<Echo.Point> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> echo.echoPoints(withNull));
        assertEquals(7, echo.echoU32(7), "not poisoned");
    }

    @Test
    void whatTheGuestReturnsIsChecked() {
        Trap t = assertThrows(Trap.class, echo::badChar);
        assertTrue(t.getMessage().contains("invalid `char` bit pattern: 0xd800"), t.getMessage());
        Trap poisoned = assertThrows(Trap.class, () -> echo.echoU32(1));
        assertTrue(poisoned.getMessage().contains("poisoned"), poisoned.getMessage());
    }

    @Test
    void listsOutOfBoundsTrap() {
        Trap t = assertThrows(Trap.class, echo::badList);
        assertTrue(t.getMessage().contains("out-of-bounds"), t.getMessage());
    }

    private void assertNested(Echo.Nested a, Echo.Nested b) {
        assertArrayEquals(a.bytes(), b.bytes());
        assertEquals(withoutBytes(a), withoutBytes(b));
    }

    /** The record with one shared empty array for its bytes, so that equals compares the rest. */
    private static Echo.Nested withoutBytes(Echo.Nested n) {
        return new Echo.Nested(n.maybe(), n.outcome(), n.triple(), n.grid(), EMPTY, n.deep(), n.unit(), n.onlyErr(),
                n.onlyOk(), n.perms(), n.shapes());
    }

    private static final byte[] EMPTY = new byte[0];

    private <T> List<T> list(java.util.function.Supplier<T> element) {
        int n = random.nextInt(5);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(element.get());
        return out;
    }

    private int codePoint() {
        while (true) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x800);
            if (c < 0xD800 || c > 0xDFFF) return c;
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(20);
        for (int i = 0; i < n; i++) sb.appendCodePoint(codePoint());
        return sb.toString();
    }

    private byte[] bytes() {
        byte[] b = new byte[random.nextInt(40)];
        random.nextBytes(b);
        return b;
    }

    private Echo.Point point() {
        return new Echo.Point(random.nextDouble() * 100 - 50, random.nextInt(1000));
    }

    private Echo.Permissions permissions() {
        List<Echo.Permissions.Flag> on = new ArrayList<>();
        for (Echo.Permissions.Flag f : Echo.Permissions.Flag.values()) if (random.nextBoolean()) on.add(f);
        return Echo.Permissions.of(on.toArray(Echo.Permissions.Flag[]::new));
    }

    private Echo.Primitives primitives() {
        return new Echo.Primitives(random.nextBoolean(), (byte) random.nextInt(), (byte) random.nextInt(),
                (short) random.nextInt(), (short) random.nextInt(), random.nextInt(), random.nextInt(), random.nextLong(),
                random.nextLong(), random.nextFloat(), random.nextDouble(), codePoint(), string());
    }

    private Echo.Shape shape() {
        return switch (random.nextInt(4)) {
            case 0 -> new Echo.Shape.Circle(random.nextDouble());
            case 1 -> new Echo.Shape.Rect(point());
            case 2 -> new Echo.Shape.Named(string());
            default -> new Echo.Shape.Empty();
        };
    }

    private Echo.Nested nested() {
        Optional<Echo.Point> maybe = random.nextBoolean() ? Optional.of(point()) : Optional.empty();
        Result<Integer, String> outcome = random.nextBoolean() ? Result.ok(random.nextInt()) : Result.err(string());
        Tuple3<Byte, String, Echo.Point> triple = new Tuple3<>((byte) random.nextInt(), string(), point());
        List<List<Integer>> grid = list(() -> list(random::nextInt));
        Optional<Optional<Echo.Color>> deep = switch (random.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(Optional.empty());
            default -> Optional.of(Optional.of(Echo.Color.values()[random.nextInt(3)]));
        };
        Result<Void, Void> unit = random.nextBoolean() ? Result.ok() : Result.err();
        Result<Void, Echo.Color> onlyErr = random.nextBoolean() ? Result.ok() : Result.err(Echo.Color.BLUE);
        Result<List<String>, Void> onlyOk = random.nextBoolean() ? Result.ok(list(this::string)) : Result.err();
        return new Echo.Nested(maybe, outcome, triple, grid, bytes(), deep, unit, onlyErr, onlyOk, permissions(), list(this::shape));
    }
}
