package dev.weft.testsuite.exec;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.testsuite.CommandExecutor;
import dev.weft.testsuite.ConformanceFile;
import java.util.Objects;

/**
 * The {@link CommandExecutor} that runs components: loads and instantiates them with Weft's runtime,
 * invokes their exports and judges the results, the way Wasmtime's wast runner does
 * ({@code crates/wast/src/wast.rs}):
 * <ul>
 *   <li>{@code component}: instantiated at once and made the current instance; with a name
 *       {@code $X} it is also registered as {@code X}, an instance of its exported core modules and
 *       resource types (see {@link Registry}); with
 *       {@code definition} only loaded, for later {@code instance} commands;</li>
 *   <li>{@code assert_return} / {@code action}: the export {@code field} of the named (or current)
 *       instance is called with the arguments typed by its parameters, and the result compared
 *       ({@link ValueMatch});</li>
 *   <li>{@code assert_trap} / {@code assert_trap_instantiate}: a {@link dev.weft.runtime.Trap} whose
 *       message contains the expected text (as Wasmtime: substring, with its {@code cannot read} /
 *       {@code cannot write} leniency);</li>
 *   <li>{@code assert_unlinkable}: an {@link dev.weft.runtime.UnlinkableException}; its message is
 *       compared with the text and counted, not judged, like the runner's {@code assert_invalid}.</li>
 * </ul>
 * A command on an instance that could not be made inherits that failure (or skip), with its reason.
 * Every component links against the host's imports of Wasmtime's runner ({@link HostImports}).
 * Each file gets a fresh session: nothing registered in one file is seen by the next, and the
 * host's state (its resource types, their drop counters) is the file's own.
 */
public final class InstantiatingExecutor implements CommandExecutor {
    private final Engine engine;
    /** {@code host.simple-module}, compiled on first use and shared by every file. */
    private CoreModule simpleModule;

    public InstantiatingExecutor(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * An executor on an interpreting engine: the conformance components are small and run once, so
     * translating their core modules to JVM bytecode would cost more than it saves.
     */
    public static InstantiatingExecutor standard() {
        return new InstantiatingExecutor(Engine.builder().execution(Execution.INTERPRETER).build());
    }

    @Override
    public FileSession open(ConformanceFile file) {
        return new InstantiatingSession(engine, file, new HostImports(simpleModule()));
    }

    private synchronized CoreModule simpleModule() {
        if (simpleModule == null) simpleModule = HostImports.compileSimpleModule(engine);
        return simpleModule;
    }
}
