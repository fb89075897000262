package dev.weft.engine.chicory;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.compiler.internal.ClassLoadingCollector;
import com.dylibso.chicory.compiler.internal.Compiler;
import com.dylibso.chicory.compiler.internal.CompilerResult;
import com.dylibso.chicory.compiler.internal.MachineFactory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.weft.engine.CoreCompileListener;
import dev.weft.engine.CoreCompileListener.CacheProblem;
import dev.weft.engine.CoreCompileListener.Outcome;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreModule;
import dev.weft.engine.ModuleCache;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The {@link CoreEngine} on Chicory 1.7.5. Chicory's {@code Parser} decodes and validates (function
 * bodies included); with {@link Execution#COMPILER}, Chicory's compiler then translates the module
 * to JVM classes once, and every instance of the module reuses them. A module with an import name
 * the parser rejects although it is valid is parsed with that import renamed ({@link ImportNames}).
 *
 * <p>With a {@link ModuleCache}, the classes are stored under {@link #cacheKey} (the SHA-256 of the
 * module's bytes, the Chicory version and the compiler settings) together with the list of function
 * bodies they still need ({@link CompiledCode}), and only after the module validated. A later
 * compilation of the same bytes that finds the entry therefore skips validation, parses only those
 * bodies (the others become {@code unreachable}: {@link CodeBodies}), and loads the classes on a
 * second thread meanwhile. An entry that does not decode or whose classes do not load is removed,
 * and the module is validated and compiled again.
 *
 * <p>{@link #compile(byte[], int, int, CoreCompileListener)} reports each of these steps; the cache's
 * failures are also logged as warnings whether or not a listener hears them.
 */
public final class ChicoryEngine implements CoreEngine {
    private static final System.Logger LOG = System.getLogger(ChicoryEngine.class.getName());
    /** Below this size, classes are loaded on the calling thread: a thread would cost more. */
    private static final int LOAD_IN_PARALLEL = 256 * 1024;
    /** What besides the module's bytes decides the compiled code; a prefix of every cache key. */
    private static final String KEY_PREFIX = "weft-chicory-" + chicoryVersion() + "/compiler/silent-fallback/code-" + CompiledCode.FORMAT + "/";

    private final Options options;

    public ChicoryEngine(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public CoreModule compile(byte[] wasm, int offset, int length) {
        return compile(wasm, offset, length, CoreCompileListener.NONE);
    }

    @Override
    public CoreModule compile(byte[] wasm, int offset, int length, CoreCompileListener listener) {
        Objects.checkFromIndexSize(offset, length, wasm.length);
        Report report = new Report(CoreCompileListener.guarded(listener), length);
        try {
            if (options.execution() == Execution.COMPILER && options.cache().isPresent()) {
                return compileCached(wasm, offset, length, options.cache().get(), report);
            }
            if (report.listening()) report.started(sha256(wasm, offset, length), false);
            ImportNames renamed = ImportNames.of(wasm, offset, length);
            WasmModule module = parse(wasm, offset, length, renamed);
            ModuleLayout layout = ModuleLayout.of(module, renamed);
            return switch (options.execution()) {
                case INTERPRETER -> {
                    report.finished(Outcome.INTERPRETED, "the engine interprets (Execution.INTERPRETER)");
                    yield new ChicoryModule(module, InterpreterMachine::new, Execution.INTERPRETER, layout);
                }
                case COMPILER -> compiled(module, layout, report);
            };
        } catch (RuntimeException | Error e) {
            report.failed(e);
            throw e;
        }
    }

    /**
     * What one compilation tells its listener: {@code started} once, then {@code finished} once.
     * Does no work (not even hashing the module) when nobody listens.
     */
    private static final class Report {
        private final CoreCompileListener listener;
        private final int size;
        private final long start = System.nanoTime();
        private CoreCompileListener.Module module;
        private boolean finished;

        Report(CoreCompileListener listener, int size) {
            this.listener = listener;
            this.size = size;
        }

        boolean listening() {
            return listener != CoreCompileListener.NONE;
        }

        void started(byte[] digest, boolean cacheHit) {
            if (!listening() || module != null) return;
            module = new CoreCompileListener.Module(size, HexFormat.of().formatHex(digest), cacheHit);
            listener.started(module);
        }

        void cacheProblem(CacheProblem problem, Throwable why) {
            if (listening() && module != null) listener.cacheProblem(module, problem, String.valueOf(why));
        }

        void finished(Outcome outcome, String reason) {
            if (!listening() || module == null || finished) return;
            finished = true;
            listener.finished(module, new CoreCompileListener.Result(
                    outcome, Duration.ofNanos(System.nanoTime() - start), Optional.ofNullable(reason)));
        }

        void failed(Throwable e) {
            finished(Outcome.FAILED, e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    @Override
    public void validate(byte[] wasm, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, wasm.length);
        ImportNames renamed = ImportNames.of(wasm, offset, length);
        ModuleLayout.of(parse(wasm, offset, length, renamed), renamed);
    }

    /**
     * The key of the module in {@code wasm[offset..offset+length)} in a {@link ModuleCache}: ends
     * with {@code sha-256:<base64 of the SHA-256 of the bytes>}, the name Chicory's parser gives
     * the module. Always the hash of these bytes, also when Chicory parses them with imports
     * renamed ({@link ImportNames}: a function of the bytes, which the compiled code does not see).
     */
    public static String cacheKey(byte[] wasm, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, wasm.length);
        return cacheKey(sha256(wasm, offset, length));
    }

    private static String cacheKey(byte[] digest) {
        return KEY_PREFIX + "sha-256:" + Base64.getEncoder().encodeToString(digest);
    }

    private static byte[] sha256(byte[] wasm, int offset, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(wasm, offset, length);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }

    /** Parses and validates the module, or {@code renamed.wasm()} (the same with its imports renamed) if not null. */
    private static WasmModule parse(byte[] wasm, int offset, int length, ImportNames renamed) {
        try {
            var parser = Parser.builder().build();
            return renamed != null
                    ? parser.parse(() -> new ByteArrayInputStream(renamed.wasm()))
                    : parser.parse(() -> new ByteArrayInputStream(wasm, offset, length));
        } catch (RuntimeException | StackOverflowError e) {
            throw ChicoryErrors.format(e);
        }
    }

    private static ChicoryModule compileCached(byte[] wasm, int offset, int length, ModuleCache cache, Report report) {
        byte[] digest = sha256(wasm, offset, length);
        String key = cacheKey(digest);
        Optional<byte[]> entry;
        RuntimeException readFailed = null;
        try {
            entry = cache.get(key);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "module cache failed, compiling: " + e);
            entry = Optional.empty();
            readFailed = e;
        }
        report.started(digest, entry.isPresent());
        if (readFailed != null) report.cacheProblem(CacheProblem.READ_FAILED, readFailed);
        if (entry.isPresent()) {
            ChicoryModule cached = fromCache(wasm, offset, length, digest, entry.get(), report);
            if (cached != null) {
                report.finished(Outcome.FROM_CACHE, null);
                return cached;
            }
            try {
                cache.remove(key);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot remove a damaged module cache entry: " + e);
                report.cacheProblem(CacheProblem.REMOVE_FAILED, e);
            }
        }
        ImportNames renamed = ImportNames.of(wasm, offset, length);
        WasmModule module = parse(wasm, offset, length, renamed);
        ModuleLayout layout = ModuleLayout.of(module, renamed);
        Function<Instance, Machine> machines;
        CompilerResult result;
        try {
            result = Compiler.builder(module)
                    .withInterpreterFallback(InterpreterFallback.SILENT)
                    .withClassCollectorFactory(ClassLoadingCollector::new)
                    .build()
                    .compile();
            machines = new MachineFactory(module, ((ClassLoadingCollector) result.collector()).machineFactory());
        } catch (RuntimeException | LinkageError e) {
            return interpreted(module, layout, e, report);
        }
        try {
            var collector = (ClassLoadingCollector) result.collector();
            cache.putIfAbsent(key, CompiledCode.encode(digest, module, result.interpretedFunctions(), collector));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot store a compiled module in the cache: " + e);
            report.cacheProblem(CacheProblem.STORE_FAILED, e);
        }
        report.finished(Outcome.COMPILED, null);
        return new ChicoryModule(module, machines, Execution.COMPILER, layout);
    }

    /**
     * The module of a cache entry, which was written after the same bytes validated: parsed
     * without validation and with only the bodies the code needs, while the classes load on
     * another thread. {@code null} if the entry is damaged.
     */
    private static ChicoryModule fromCache(byte[] wasm, int offset, int length, byte[] digest, byte[] entry, Report report) {
        long start = System.nanoTime();
        try {
            CompiledCode code = CompiledCode.decode(entry, digest);
            FutureTask<Function<Instance, Machine>> classes = new FutureTask<>(code::load);
            if (entry.length >= LOAD_IN_PARALLEL) {
                Thread.ofPlatform().daemon().name("weft-load-classes").start(classes);
            } else {
                classes.run();
            }
            var bodies = code.needed();
            // the same renaming as when the entry was written (it depends on the bytes only)
            ImportNames renamed = ImportNames.of(wasm, offset, length);
            byte[] source = renamed == null ? wasm : renamed.wasm();
            int from = renamed == null ? offset : 0;
            int size = renamed == null ? length : source.length;
            byte[] trusted = bodies == null ? null : CodeBodies.keepOnly(source, from, size, bodies, code.bodyCount());
            var parser = Parser.builder().withValidation(false).build();
            WasmModule module = trusted == null
                    ? parser.parse(() -> new ByteArrayInputStream(source, from, size))
                    : parser.parse(() -> new ByteArrayInputStream(trusted));
            ModuleLayout layout = ModuleLayout.of(module, renamed);
            long parsed = System.nanoTime();
            Function<Instance, Machine> factory = await(classes);
            if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
                LOG.log(System.Logger.Level.DEBUG, String.format(
                        "core module of %d bytes from the cache: parsed %s bodies in %d ms, classes ready after %d ms",
                        length, bodies == null ? "all" : bodies.cardinality() + " of " + code.bodyCount(),
                        (parsed - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000));
            }
            return new ChicoryModule(module, new MachineFactory(module, factory), Execution.COMPILER, layout, true);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "damaged module cache entry, compiling again: " + e);
            report.cacheProblem(CacheProblem.DAMAGED_ENTRY, e);
            return null;
        }
    }

    private static <T> T await(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // loading takes a moment: finish, and keep the interrupt for the caller
                } catch (ExecutionException e) {
                    switch (e.getCause()) {
                        case RuntimeException r -> throw r;
                        case Error r -> throw r;
                        default -> throw new IllegalStateException(e.getCause());
                    }
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * Functions too large for one JVM method are interpreted (Chicory's fallback, silent). Should
     * the compiler fail on a module that validated, that is Chicory's limit, not the module's
     * fault: the whole module is interpreted instead, with a warning.
     */
    private static ChicoryModule compiled(WasmModule module, ModuleLayout layout, Report report) {
        Function<Instance, Machine> machines;
        try {
            machines = MachineFactoryCompiler.builder(module).withInterpreterFallback(InterpreterFallback.SILENT).compile();
        } catch (RuntimeException | LinkageError e) {
            return interpreted(module, layout, e, report);
        }
        report.finished(Outcome.COMPILED, null);
        return new ChicoryModule(module, machines, Execution.COMPILER, layout);
    }

    private static ChicoryModule interpreted(WasmModule module, ModuleLayout layout, Throwable why, Report report) {
        LOG.log(System.Logger.Level.WARNING, "Chicory could not compile a core module, interpreting it instead: " + why);
        report.finished(Outcome.INTERPRETED, "Chicory could not compile it: " + (why.getMessage() != null ? why.getMessage() : why));
        return new ChicoryModule(module, InterpreterMachine::new, Execution.INTERPRETER, layout);
    }

    /** The version of Chicory's compiler, from its jar's Maven metadata. */
    private static String chicoryVersion() {
        String resource = "/META-INF/maven/com.dylibso.chicory/compiler/pom.properties";
        try (InputStream in = Compiler.class.getResourceAsStream(resource)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
