package dev.weft.engine.chicory;

import com.dylibso.chicory.compiler.internal.ClassLoadingCollector;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.OpCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

/**
 * What {@link ChicoryEngine} keeps in a {@link dev.weft.engine.ModuleCache} for a compiled module:
 * the JVM classes Chicory's compiler generated (a jar, in the layout of Chicory's own
 * {@code MachineFactoryCompiler} cache), and which function bodies its code still needs from the
 * Wasm module: those of the functions too large for a JVM method, which Chicory interprets, and
 * of the functions the interpreter may run on their behalf.
 *
 * <p>Entry layout: {@code WEFTCODE}, a format byte, the SHA-256 of the module's bytes, the number
 * of function bodies of the module (u32 big-endian), the number of bodies needed (u32, or
 * {@link #ALL}) and their indices in increasing order (u32 each), the number of classes in the jar
 * (u32), then the jar. {@link #decode} rejects anything else, and an entry of another module;
 * {@link #load} a jar that lacks a class (a jar read as a stream shows no truncation by itself;
 * each entry's CRC is checked as it is read).
 */
final class CompiledCode {
    private static final byte[] MAGIC = "WEFTCODE".getBytes(StandardCharsets.US_ASCII);
    /** The entry format; part of every cache key ({@link ChicoryEngine#cacheKey}), so entries of other formats are never read. */
    static final byte FORMAT = 1;
    /** In place of the number of needed bodies: every body is needed. */
    static final int ALL = -1;
    private static final int DIGEST = 32;
    private static final String PROPERTIES = "wasm-module.properties";

    private final int bodyCount;
    /** The indices (in the code section) of the bodies the code needs; {@code null} for all. */
    private final BitSet needed;
    private final int classCount;
    private final byte[] jar;

    private CompiledCode(int bodyCount, BitSet needed, int classCount, byte[] jar) {
        this.bodyCount = bodyCount;
        this.needed = needed;
        this.classCount = classCount;
        this.jar = jar;
    }

    /** How many function bodies the module has. */
    int bodyCount() {
        return bodyCount;
    }

    /** The function bodies (code section indices) the compiled code needs, or {@code null} for all of them. */
    BitSet needed() {
        return needed == null ? null : (BitSet) needed.clone();
    }

    /**
     * The cache entry for the classes of {@code collector}, compiled from {@code module} (whose
     * bytes have the SHA-256 {@code digest}); {@code interpreted} are the function indices the
     * compiler left to the interpreter.
     */
    static byte[] encode(byte[] digest, WasmModule module, Set<Integer> interpreted, ClassLoadingCollector collector) {
        if (digest.length != DIGEST) throw new IllegalArgumentException("not a SHA-256");
        int bodies = module.codeSection().functionBodyCount();
        BitSet needed = neededBodies(module, interpreted);
        byte[] jar = jar(collector);
        int kept = needed == null ? 0 : needed.cardinality();
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 1 + DIGEST + 8 + 4 * kept + 4 + jar.length);
        b.put(MAGIC).put(FORMAT).put(digest).putInt(bodies).putInt(needed == null ? ALL : kept);
        if (needed != null) {
            for (int i = needed.nextSetBit(0); i >= 0; i = needed.nextSetBit(i + 1)) b.putInt(i);
        }
        return b.putInt(collector.classBytes().size()).put(jar).array();
    }

    /**
     * Reads an entry of {@link #encode} for the module whose bytes have the SHA-256 {@code digest}.
     *
     * @throws IllegalArgumentException if {@code entry} is not one, or is another module's
     */
    static CompiledCode decode(byte[] entry, byte[] digest) {
        try {
            ByteBuffer b = ByteBuffer.wrap(entry);
            byte[] magic = new byte[MAGIC.length];
            b.get(magic);
            if (!Arrays.equals(magic, MAGIC) || b.get() != FORMAT) {
                throw new IllegalArgumentException("not a compiled-code entry of this format");
            }
            byte[] module = new byte[DIGEST];
            b.get(module);
            if (!Arrays.equals(module, digest)) throw new IllegalArgumentException("the entry of another module");
            int bodies = b.getInt();
            int kept = b.getInt();
            if (bodies < 0 || kept < ALL || kept > bodies || kept > b.remaining() / 4) {
                throw new IllegalArgumentException("bad body counts " + bodies + "/" + kept);
            }
            BitSet needed = null;
            if (kept != ALL) {
                needed = new BitSet(bodies);
                int last = -1;
                for (int k = 0; k < kept; k++) {
                    int i = b.getInt();
                    if (i <= last || i >= bodies) throw new IllegalArgumentException("bad body index " + i);
                    needed.set(i);
                    last = i;
                }
            }
            int classes = b.getInt();
            if (classes < 1) throw new IllegalArgumentException("bad class count " + classes);
            byte[] jar = Arrays.copyOfRange(entry, b.position(), entry.length);
            return new CompiledCode(bodies, needed, classes, jar);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated compiled-code entry", e);
        }
    }

    /**
     * Defines and verifies the classes (as Chicory's compiler cache does) and returns the factory
     * of their machine.
     *
     * @throws RuntimeException or {@link LinkageError} if the jar or a class is damaged
     */
    Function<Instance, Machine> load() {
        var collector = new ClassLoadingCollector();
        String main = null;
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                if (e.getName().equals(PROPERTIES)) {
                    Properties p = new Properties();
                    p.load(in);
                    main = p.getProperty("mainClass");
                } else if (e.getName().endsWith(".class")) {
                    String name = e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.');
                    classes.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("damaged class jar", e);
        }
        if (main == null || !classes.containsKey(main)) throw new IllegalArgumentException("the class jar names no main class");
        if (classes.size() != classCount) {
            throw new IllegalArgumentException("the class jar has " + classes.size() + " classes, not " + classCount);
        }
        for (var c : classes.entrySet()) {
            if (c.getKey().equals(main)) {
                collector.putMainClass(main, c.getValue());
            } else {
                collector.put(c.getKey(), c.getValue());
            }
        }
        return collector.machineFactory();
    }

    /** The jar of {@code collector}'s classes, as {@code MachineFactoryCompiler} would cache it. */
    private static byte[] jar(ClassLoadingCollector collector) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes)) {
                Properties p = new Properties();
                p.put("mainClass", collector.mainClassName());
                out.putNextEntry(new JarEntry(PROPERTIES));
                p.store(out, "");
                out.closeEntry();
                for (var c : collector.classBytes().entrySet()) {
                    out.putNextEntry(new JarEntry(c.getKey().replace('.', '/') + ".class"));
                    out.write(c.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bodies (code section indices) Chicory may interpret although the module is compiled, or
     * {@code null} if that cannot be bounded. The compiled code hands a function over to Chicory's
     * {@code CompilerInterpreterMachine} only when it is one of {@code interpreted} (function
     * indices); that machine goes back to the compiled code for {@code call} and {@code
     * call_indirect} of any other function, but not for tail calls nor {@code call_ref}: a
     * {@code return_call}'s target is interpreted in turn (so it is needed too, and so on), and a
     * {@code return_call_indirect} or {@code call_ref} could reach any function.
     */
    static BitSet neededBodies(WasmModule module, Set<Integer> interpreted) {
        int imports = module.importSection().count(ExternalType.FUNCTION);
        int bodies = module.codeSection().functionBodyCount();
        BitSet needed = new BitSet(bodies);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int f : interpreted) work.add(f);
        while (!work.isEmpty()) {
            int body = work.poll() - imports;
            if (body < 0 || needed.get(body)) continue; // an import has no body
            if (body >= bodies) return null;
            needed.set(body);
            for (AnnotatedInstruction ins : module.codeSection().getFunctionBody(body).instructions()) {
                OpCode op = ins.opcode();
                if (op == OpCode.RETURN_CALL) {
                    work.add((int) ins.operand(0));
                } else if (op == OpCode.RETURN_CALL_INDIRECT || op == OpCode.RETURN_CALL_REF || op == OpCode.CALL_REF) {
                    return null;
                }
            }
        }
        return needed;
    }
}
