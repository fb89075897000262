package dev.weft.wasi.cli;

import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.ResultValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.types.TupleType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiExit;
import dev.weft.wasi.WasiModule;
import dev.weft.wasi.WasiValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code wasi:cli}: environment (only what the config grants), exit (as a {@link WasiExit}),
 * stdin/stdout/stderr (see {@link StdioStreams}) and the terminal interfaces (a terminal only for
 * the streams the config names).
 */
public final class CliModule implements WasiModule {
    static final String ENVIRONMENT = "wasi:cli/environment";
    static final String EXIT = "wasi:cli/exit";
    private static final TupleType ENV_ENTRY = new TupleType(List.of(PrimitiveType.STRING, PrimitiveType.STRING));

    @Override
    public void addToLinker(Linker linker, WasiContext ctx) {
        define(Definitions.into(linker), ctx);
    }

    /** Defines every {@code wasi:cli} interface but {@code run} (which commands export) in {@code defs}. */
    public void define(Definitions defs, WasiContext ctx) {
        defineEnvironment(defs, ctx.config());
        defineExit(defs);
        defineStdio(defs, ctx);
        defineTerminals(defs, ctx.config());
    }

    private static void defineEnvironment(Definitions defs, WasiConfig config) {
        defs.func(ENVIRONMENT, "get-environment", args -> {
            List<Value> entries = new ArrayList<>(config.env().size());
            for (Map.Entry<String, String> e : config.env().entrySet()) {
                entries.add(Value.tuple(ENV_ENTRY, List.of(Value.string(e.getKey()), Value.string(e.getValue()))));
            }
            return Optional.of(Value.list(ENV_ENTRY, entries));
        });
        defs.func(ENVIRONMENT, "get-arguments", args ->
                Optional.of(Value.list(PrimitiveType.STRING, config.args().stream().map(Value::string).toList())));
        defs.func(ENVIRONMENT, "initial-cwd", args -> Optional.of(config.initialCwd().isPresent()
                ? Value.some(Value.string(config.initialCwd().get()))
                : Value.none(PrimitiveType.STRING)));
    }

    private static void defineExit(Definitions defs) {
        defs.func(EXIT, "exit", args -> {
            throw new WasiExit(((ResultValue) args.get(0)).isOk() ? 0 : 1);
        });
        defs.func(EXIT, "exit-with-code", args -> {
            throw new WasiExit(WasiValues.u8(args.get(0)));
        });
    }

    private static void defineStdio(Definitions defs, WasiContext ctx) {
        StdioStreams stdio = new StdioStreams(ctx);
        defs.func("wasi:cli/stdin", "get-stdin", args -> Optional.of(ctx.inputStreams().own(stdio.stdin())));
        defs.func("wasi:cli/stdout", "get-stdout", args -> Optional.of(ctx.outputStreams().own(stdio.stdout())));
        defs.func("wasi:cli/stderr", "get-stderr", args -> Optional.of(ctx.outputStreams().own(stdio.stderr())));
    }

    /** Constants: every context shares the resource types. */
    private static final HostResource<Terminal> TERMINAL_INPUTS = HostResource.of("terminal-input", Terminal.class);
    private static final HostResource<Terminal> TERMINAL_OUTPUTS = HostResource.of("terminal-output", Terminal.class);

    private static void defineTerminals(Definitions defs, WasiConfig config) {
        HostResource<Terminal> inputs = TERMINAL_INPUTS;
        HostResource<Terminal> outputs = TERMINAL_OUTPUTS;
        defs.resource("wasi:cli/terminal-input", "terminal-input", inputs);
        defs.resource("wasi:cli/terminal-output", "terminal-output", outputs);
        terminal(defs, "wasi:cli/terminal-stdin", "get-terminal-stdin", inputs, WasiConfig.Stdio.STDIN, config);
        terminal(defs, "wasi:cli/terminal-stdout", "get-terminal-stdout", outputs, WasiConfig.Stdio.STDOUT, config);
        terminal(defs, "wasi:cli/terminal-stderr", "get-terminal-stderr", outputs, WasiConfig.Stdio.STDERR, config);
    }

    private static void terminal(Definitions defs, String iface, String function, HostResource<Terminal> type,
                                 WasiConfig.Stdio stream, WasiConfig config) {
        defs.func(iface, function, args -> Optional.of(config.terminals().contains(stream)
                ? Value.some(type.own(new Terminal(stream)))
                : Value.none(type.ownType())));
    }
}
