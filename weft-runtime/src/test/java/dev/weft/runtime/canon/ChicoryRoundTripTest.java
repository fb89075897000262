package dev.weft.runtime.canon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ast.CanonOpt.StringEncoding;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreImports;
import dev.weft.engine.CoreInstance;
import dev.weft.engine.CoreMemory;
import dev.weft.engine.CoreMemoryType;
import dev.weft.runtime.Trap;
import dev.weft.runtime.value.Str;
import dev.weft.runtime.value.Value;
import dev.weft.types.FuncType;
import dev.weft.types.PrimitiveType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lifting and lowering around real core code run by Chicory: a "libc" module with the memory and a
 * bump-allocating {@code realloc}, and a main module whose functions are lifted, importing a
 * lowered host function.
 */
class ChicoryRoundTripTest {
    private static final int FUNC = 0;
    private static final int MEMORY = 2;

    /** {@code (memory 40)}, a bump pointer from 1024 and a {@code realloc} that copies with {@code memory.copy}. */
    static byte[] libc() {
        MiniWasm m = new MiniWasm().memory(40);
        m.global(1024);
        int realloc = m.func(4, 1, 1,
                0x23, 0, 0x20, 2, 0x6a, 0x41, 1, 0x6b, 0x41, 0, 0x20, 2, 0x6b, 0x71, 0x21, 4, // ptr = align_up(bump)
                0x20, 4, 0x20, 3, 0x6a, 0x24, 0, // bump = ptr + new_size
                0x20, 0, 0x04, 0x40, // if old
                0x20, 4, 0x20, 0, 0x20, 1, 0x20, 3, 0x20, 1, 0x20, 3, 0x49, 0x1b, 0xfc, 0x0a, 0, 0, // copy min(sizes)
                0x0b, 0x20, 4);
        return m.export("mem", MEMORY, 0).export("realloc", FUNC, realloc).build();
    }

    static byte[] main() {
        MiniWasm m = new MiniWasm().importMemory("libc", "mem");
        int log = m.importFunc("host", "log", 2, 0);
        int noop = m.func(0, 0, 0);
        int add = m.func(2, 1, 0, 0x20, 0, 0x20, 1, 0x6a);
        int echo = m.func(2, 1, 0, 0x41, 8, 0x20, 0, 0x36, 2, 0, 0x41, 12, 0x20, 1, 0x36, 2, 0, 0x41, 8);
        int logTwice = m.func(2, 0, 0, 0x20, 0, 0x20, 1, 0x10, log, 0x20, 0, 0x20, 1, 0x10, log);
        int trap = m.func(0, 0, 0, 0x00);
        return m.export("noop", FUNC, noop).export("add", FUNC, add).export("echo", FUNC, echo)
                .export("log-twice", FUNC, logTwice).export("trap", FUNC, trap).build();
    }

    private record Guest(ComponentInstanceState inst, CoreInstance main, CanonOptions opts, List<String> logged) {
        CanonLift lift(String name, FuncType type) {
            return CanonLift.of(inst, main.function(name), type, opts);
        }
    }

    private static Guest instantiate(CoreEngine.Execution execution, StringEncoding encoding) {
        CoreEngine engine = CoreEngine.chicory(new CoreEngine.Options(execution));
        CoreInstance libc = engine.compile(libc()).instantiate();
        ComponentInstanceState inst = new ComponentInstanceState();
        CanonOptions opts = CanonOptions.of(encoding, libc.memory("mem"), libc.function("realloc"));
        List<String> logged = new ArrayList<>();
        CoreFunction log = CanonLower.lowerFunction(inst, T.func(List.of(PrimitiveType.STRING), null), opts, args -> {
            logged.add(((Str) args.get(0)).value());
            return Optional.empty();
        });
        CoreInstance main = engine.compile(main())
                .instantiate(CoreImports.builder().instance("libc", libc).define("host", "log", log).build());
        return new Guest(inst, main, opts, logged);
    }

    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void stringsEchoThroughGuestMemory(CoreEngine.Execution execution) {
        for (StringEncoding encoding : StringEncoding.values()) {
            Guest g = instantiate(execution, encoding);
            CanonLift echo = g.lift("echo", T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING));
            for (String s : List.of("", "hello", "héllo", "snow ☃ and cake 🍰")) {
                assertEquals(Optional.of(Value.string(s)), echo.call(List.of(Value.string(s))), encoding + ": " + s);
            }
        }
        Guest g = instantiate(execution, StringEncoding.UTF8);
        String big = "0123456789abcdef".repeat(1 << 16);
        CanonLift echo = g.lift("echo", T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING));
        assertEquals(Optional.of(Value.string(big)), echo.call(List.of(Value.string(big))), "1 MiB");
    }

    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void numbersNoopsAndImports(CoreEngine.Execution execution) {
        Guest g = instantiate(execution, StringEncoding.UTF8);
        FuncType add = T.func(List.of(PrimitiveType.U32, PrimitiveType.U32), PrimitiveType.U32);
        assertEquals(Optional.of(Value.u32(4294967295L)), g.lift("add", add).call(List.of(Value.u32(4294967294L), Value.u32(1))));
        assertEquals(Optional.of(Value.u32(0)), g.lift("add", add).call(List.of(Value.u32(4294967295L), Value.u32(1))));
        FuncType addS = T.func(List.of(PrimitiveType.S32, PrimitiveType.S32), PrimitiveType.S32);
        assertEquals(Optional.of(Value.s32(-3)), g.lift("add", addS).call(List.of(Value.s32(-1), Value.s32(-2))));
        assertEquals(Optional.empty(), g.lift("noop", T.func(List.of(), null)).call(List.of()));
        g.lift("log-twice", T.func(List.of(PrimitiveType.STRING), null)).call(List.of(Value.string("héllo")));
        assertEquals(List.of("héllo", "héllo"), g.logged());
        assertTrue(g.inst().mayEnter() && g.inst().mayLeave());
    }

    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void aCoreTrapPoisonsTheInstance(CoreEngine.Execution execution) {
        Guest g = instantiate(execution, StringEncoding.UTF8);
        Trap t = assertThrows(Trap.class, () -> g.lift("trap", T.func(List.of(), null)).call(List.of()));
        assertTrue(t.getMessage().startsWith("wasm trap: "), t.getMessage());
        Trap next = assertThrows(Trap.class, () -> g.lift("noop", T.func(List.of(), null)).call(List.of()));
        assertTrue(next.getMessage().contains("cannot enter component instance"), next.getMessage());
    }

    /**
     * Strings longer than a page of memory (the engine's memory keeps pages apart), with the first
     * non-ASCII or non-Latin-1 char, or a multi-byte sequence, at or near where the pages meet.
     */
    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void stringsLongerThanAPageEchoInEveryEncoding(CoreEngine.Execution execution) {
        List<String> strings = List.of(
                "0123456789abcdef".repeat(8192),
                "a".repeat(64_500) + "é" + "b".repeat(70_000),
                "ÿ".repeat(100_000),
                "x" + "\u20ac".repeat(40_000),
                "ÿ".repeat(70_000) + "\u2603z",
                "\uD83C\uDF70".repeat(30_000) + "\uFFFD");
        for (StringEncoding encoding : StringEncoding.values()) {
            for (String s : strings) {
                Guest g = instantiate(execution, encoding);
                CanonLift echo = g.lift("echo", T.func(List.of(PrimitiveType.STRING), PrimitiveType.STRING));
                assertEquals(Optional.of(Value.string(s)), echo.call(List.of(Value.string(s))),
                        encoding + ": " + s.length() + " chars from " + s.substring(0, 2));
            }
        }
    }

    /** A context over a fresh libc's real memory, with {@code bytes} written at {@code ptr}. */
    private static LiftLowerContext contextWith(CoreEngine.Execution execution, StringEncoding encoding, long ptr,
                                                byte[] bytes) {
        CoreInstance libc = CoreEngine.chicory(new CoreEngine.Options(execution)).compile(libc()).instantiate();
        CoreMemory memory = libc.memory("mem");
        memory.write(ptr, bytes);
        return new LiftLowerContext(CanonOptions.of(encoding, memory, libc.function("realloc")), new ComponentInstanceState());
    }

    private static String loadTrap(CoreEngine.Execution execution, StringEncoding encoding, long ptr, byte[] bytes,
                                   long taggedCodeUnits) {
        LiftLowerContext cx = contextWith(execution, encoding, ptr, bytes);
        return assertThrows(Trap.class, () -> Strings.loadStringFromRange(cx, ptr, taggedCodeUnits)).reason();
    }

    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void illFormedStringsInRealMemoryTrapWithTheirIndex(CoreEngine.Execution execution) {
        long page = CoreMemoryType.PAGE_SIZE;
        byte[] split = {'a', 'b', (byte) 0xC3, '(', 'c'};
        assertEquals("invalid utf-8 sequence of 1 bytes from index 2",
                loadTrap(execution, StringEncoding.UTF8, page - 3, split, split.length), "across a page boundary");
        byte[] cut = {'a', (byte) 0xE2, (byte) 0x82};
        assertEquals("incomplete utf-8 byte sequence from index 1",
                loadTrap(execution, StringEncoding.UTF8, page - 2, cut, cut.length));
        byte[] big = "y".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        big[90_000] = (byte) 0xFF;
        assertEquals("invalid utf-8 sequence of 1 bytes from index 90000",
                loadTrap(execution, StringEncoding.UTF8, 1000, big, big.length));
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertEquals("invalid utf-8 sequence of 1 bytes from index 0",
                loadTrap(execution, StringEncoding.UTF8, page - 1, surrogate, surrogate.length), "an encoded surrogate");
        byte[] utf16 = "ab\uD800c".getBytes(StandardCharsets.UTF_16LE);
        utf16[4] = 0;
        utf16[5] = (byte) 0xD8;
        assertEquals("invalid utf-16: unpaired surrogate 0xd800 at code unit 2",
                loadTrap(execution, StringEncoding.UTF16, page - 4, utf16, 4));
        String outOfBounds = "string content out-of-bounds (string pointer/length out of bounds of memory)";
        assertEquals(outOfBounds, loadTrap(execution, StringEncoding.UTF8, 40 * page - 2, new byte[2], 3));
        assertEquals(outOfBounds, loadTrap(execution, StringEncoding.LATIN1_UTF16, 40 * page - 2, new byte[2], 3));
    }

    @ParameterizedTest
    @EnumSource(CoreEngine.Execution.class)
    void wellFormedStringsInRealMemoryLoadAcrossPages(CoreEngine.Execution execution) {
        long page = CoreMemoryType.PAGE_SIZE;
        String text = "\uFFFD is real, " + "\u20ac\uD83C\uDF70".repeat(20_000);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        LiftLowerContext cx = contextWith(execution, StringEncoding.UTF8, page - 5, utf8);
        assertEquals(text, Strings.loadStringFromRange(cx, page - 5, utf8.length).value());
        String latin1 = "ÿé".repeat(50_000);
        LiftLowerContext l = contextWith(execution, StringEncoding.LATIN1_UTF16, page - 6,
                latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1, Strings.loadStringFromRange(l, page - 6, latin1.length()).value());
    }
}
