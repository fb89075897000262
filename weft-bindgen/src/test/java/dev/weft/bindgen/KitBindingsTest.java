package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.bindgen.golden.kit.Kit;
import dev.weft.bindgen.golden.kit.KitImports;
import dev.weft.bindgen.golden.kit.bench.kit.Api;
import dev.weft.runtime.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.runtime.typed.TypedExport;
import dev.weft.runtime.value.ValueTypeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** kit ({@code ../shared/components/kit}) through its generated bindings; the expected results are shared/README.md's. */
class KitBindingsTest {
    private static Engine engine;
    private static Component component;
    private final List<String> logs = new ArrayList<>();
    private Kit kit;

    @BeforeEach
    void instantiate() throws Exception {
        if (component == null) {
            engine = Engine.create();
            component = Component.fromFile(engine, Golden.shared().resolve("components/kit/kit.wasm"));
        }
        Linker linker = new Linker(engine);
        KitImports.addToLinker(linker, logs::add);
        kit = Kit.instantiate(linker, component);
    }

    @Test
    void theReadmesAnswers() {
        Api api = kit.api();
        api.noop();
        assertEquals(5, api.add(2, 3));
        assertEquals(6, api.sumList(List.of(1, 2, 3)));
        assertEquals(1456420779, api.checksum(new byte[] {1, 2, 3}));
        assertEquals(new Api.Point(2, 3), api.centroid(List.of(new Api.Point(1, 2), new Api.Point(3, 4))));
        assertEquals(List.of(), logs);
        assertEquals("ééé", api.repeat('é', 3));
        assertEquals(List.of("repeat called"), logs);
        // not "": kit's cabi_realloc answers a zero-size allocation with the pointer 1, which its post-return then frees
        for (String s : List.of("hello", "héllo wörld ✓ 𝄞", "x".repeat(100_000))) assertEquals(s, api.echoString(s));
    }

    @Test
    void unsignedIntegersHoldTheirBits() {
        Api api = kit.api();
        assertEquals(0, api.add(-1, 1), "u32 wraps: 0xffffffff + 1");
        assertEquals(0xffff_fffeL * 2, api.sumList(List.of(-2, -2)), "u32 elements, u64 sum");
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) data[i] = (byte) i;
        assertEquals(fnv1a(data), api.checksum(data));
    }

    @Test
    void wrongArgumentsAreJavaExceptions() {
        assertThrows(NullPointerException.class, () -> kit.api().centroid(null));
        assertThrows(NullPointerException.class, () -> kit.api().centroid(java.util.Arrays.asList((Api.Point) null)));
        assertThrows(ValueTypeException.class, () -> kit.api().repeat(0xD800, 1), "a surrogate is no char");
    }

    @Test
    void typedAndValuesOnlyBindingsAgree() {
        assertTrue(TypedExport.bind(kit.instance().func("bench:kit/api#echo-string").orElseThrow()).isPresent(),
                "kit's exports take the typed path");
        Linker linker = new Linker(engine);
        KitImports.addToLinker(linker, logs::add);
        dev.weft.bindgen.golden.kitvalues.bench.kit.Api values =
                dev.weft.bindgen.golden.kitvalues.Kit.instantiate(linker, component).api();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            int a = random.nextInt();
            int b = random.nextInt();
            assertEquals(values.add(a, b), kit.api().add(a, b));
            List<Integer> xs = new ArrayList<>();
            for (int k = random.nextInt(50); k > 0; k--) xs.add(random.nextInt());
            assertEquals(values.sumList(xs), kit.api().sumList(xs));
            byte[] data = new byte[1 + random.nextInt(300)];
            random.nextBytes(data);
            assertEquals(values.checksum(data), kit.api().checksum(data));
            double x = random.nextDouble();
            List<Api.Point> pts = List.of(new Api.Point(x, -x), new Api.Point(2 * x, 3));
            var vp = values.centroid(List.of(new dev.weft.bindgen.golden.kitvalues.bench.kit.Api.Point(x, -x),
                    new dev.weft.bindgen.golden.kitvalues.bench.kit.Api.Point(2 * x, 3)));
            assertEquals(new Api.Point(vp.x(), vp.y()), kit.api().centroid(pts));
            int c = 1 + random.nextInt(0xD7FF);
            assertEquals(values.repeat(c, 5), kit.api().repeat(c, 5));
        }
    }

    static int fnv1a(byte[] data) {
        int h = 0x811c9dc5;
        for (byte b : data) {
            h ^= b & 0xff;
            h *= 16777619;
        }
        return h;
    }
}
