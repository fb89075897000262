package dev.weft.wasi;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.ExternType;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command component, one that exports {@code wasi:cli/run@0.2.x}: links WASI, instantiates,
 * calls {@code run}, and turns the outcome into an exit code: {@code ok} is 0, {@code err} is 1, a
 * {@code wasi:cli/exit} call its code ({@link WasiExit}).
 *
 * <pre>{@code
 * WasiConfig.Capture out = WasiConfig.Capture.create();
 * int code = WasiCommand.run(engine, component, WasiConfig.builder().args(List.of("hello", "a")).stdout(out).build());
 * }</pre>
 */
public final class WasiCommand {
    /** The exported interface, without its version. */
    public static final String RUN_INTERFACE = "wasi:cli/run";

    private WasiCommand() {}

    /**
     * Links WASI with {@code config}, instantiates {@code component} and runs it; stdout and stderr
     * are flushed before returning.
     *
     * @return the exit code
     * @throws NotACommandException if the component exports no {@code wasi:cli/run@0.2.x}
     * @throws dev.weft.runtime.UnlinkableException if it imports something WASI does not define
     * @throws dev.weft.runtime.Trap if the guest traps
     */
    public static int run(Engine engine, Component component, WasiConfig config) {
        Linker linker = new Linker(engine);
        try (WasiContext ctx = Wasi.addToLinker(linker, config)) {
            return run(linker, component);
        }
    }

    /**
     * Instantiates {@code component} with {@code linker} (which the caller filled: WASI, more
     * definitions, {@link Linker#defineUnknownImportsAsTraps}) and runs it. The caller closes the
     * {@link WasiContext}.
     */
    public static int run(Linker linker, Component component) {
        Instance instance;
        try {
            instance = linker.instantiate(component);
        } catch (WasiExit exit) {
            return exit.code();
        }
        return run(instance);
    }

    /** Calls {@code run} of an instance already linked with WASI; returns the exit code. */
    public static int run(Instance instance) {
        ComponentFunction run = findRun(instance).orElseThrow(() -> new NotACommandException(
                "the component is not a command: it exports no `" + RUN_INTERFACE + "@0.2.x` with `run: func() -> result`"
                        + "; it exports " + instance.exports().keySet()
                        + (instance.exports().isEmpty() ? "" : " (to call one of its functions, use --invoke)")));
        try {
            Optional<Value> result = run.call(List.of());
            return result.isPresent() && result.get() instanceof ResultValue r && r.isOk() ? 0 : 1;
        } catch (WasiExit exit) {
            return exit.code();
        }
    }

    /** The {@code run} function of the exported {@code wasi:cli/run@0.2.x} instance, if any. */
    public static Optional<ComponentFunction> findRun(Instance instance) {
        for (var e : instance.exports().entrySet()) {
            if (e.getValue() instanceof ExternType.Instance && isRunInterface(e.getKey())) {
                Optional<ComponentFunction> f = instance.func(e.getKey(), "run");
                if (f.isPresent()) return f;
            }
        }
        return Optional.empty();
    }

    private static boolean isRunInterface(String name) {
        return name.equals(RUN_INTERFACE) || name.startsWith(RUN_INTERFACE + "@0.2.") || name.equals(RUN_INTERFACE + "@0.2");
    }
}
