package dev.weft.cli;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.UnlinkableException;
import dev.weft.runtime.value.Invocation;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.Wave;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiCommand;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiExit;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft run FILE [ARGS...]}: runs a command component ({@code wasi:cli/run}) with the process's
 * stdio and the WASI grants of the flags, exiting with its exit code. {@code weft run --invoke
 * 'NAME(ARGS)' FILE} instead calls one exported function with arguments in WAVE syntax and prints
 * the result in the same syntax. Options come before FILE; everything after it goes to the guest.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        modelTransformer = RunCommand.ArgsAfterFile.class,
        description = {
            "Run a WASI command component, or call an exported function of a component (--invoke).",
            "WASI is granted per the flags (deny by default); stdio is this process's.",
            "Options go before FILE: what follows FILE is the guest's arguments.",
            "Arguments and results of --invoke are in WAVE syntax: add(2, 3), echo-string(\"hé\"), "
                    + "centroid([{x: 1.0, y: 2.0}]); NAME may be `iface#func`."
        })
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A component binary (.wasm).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "The guest's arguments (after its name, FILE).")
    List<String> guestArgs = new ArrayList<>();

    @Option(names = "--invoke", paramLabel = "CALL",
            description = "Call this exported function instead of wasi:cli/run, e.g. 'add(2, 3)' or 'bench:kit/api#add(2, 3)'.")
    String invoke;

    @Option(names = "--trap-unknown-imports",
            description = "Satisfy imports that neither WASI nor the host defines with functions that trap when called.")
    boolean trapUnknownImports;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    WasiOptions wasi;

    @Mixin
    LimitOptions limits;

    /** Everything after FILE is the guest's, options look-alikes included (Wasmtime's rule). */
    public static final class ArgsAfterFile implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            command.parser().stopAtPositional(true);
            return command;
        }
    }

    @Override
    public Integer call() {
        byte[] bytes = Inputs.readBytes(file);
        boolean terminal = isTerminal();
        Engine engine = engine(terminal);
        Component component = Component.fromBytes(engine, bytes);
        List<String> args = new ArrayList<>();
        args.add(file.toString());
        args.addAll(guestArgs);
        Linker linker = new Linker(engine);
        try (WasiContext ctx = Wasi.addToLinker(linker, wasi.config(args, terminal))) {
            if (trapUnknownImports) linker.defineUnknownImportsAsTraps(component);
            return invoke == null ? WasiCommand.run(linker, component) : invoke(linker, component);
        } catch (UnlinkableException e) {
            if (trapUnknownImports || e.reason() != UnlinkableException.Reason.MISSING) throw e;
            throw new UserInputException(e.getMessage() + ": neither WASI 0.2 nor weft defines it"
                    + " (--trap-unknown-imports satisfies such imports with functions that trap if called)", e);
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    private Engine engine(boolean terminal) {
        return engineOptions.builder(terminal).limits(limits.limits()).build();
    }

    private int invoke(Linker linker, Component component) {
        Instance instance;
        try {
            instance = linker.instantiate(component);
        } catch (WasiExit exit) {
            return exit.code();
        }
        Exports exports = new Exports(instance);
        Invocation call = Wave.parseInvocation(invoke, name -> exports.find(name).map(ComponentFunction::type));
        ComponentFunction function = exports.find(call.name())
                .orElseThrow(() -> new UserInputException(exports.whyNotFound(call.name()), null));
        Optional<Value> result;
        try {
            result = function.call(call.arguments());
        } catch (WasiExit exit) {
            return exit.code();
        }
        System.out.flush();
        PrintWriter out = spec.commandLine().getOut();
        result.ifPresent(v -> out.println(Wave.print(v)));
        out.flush();
        return 0;
    }

    /**
     * Whether stdin and stdout are a terminal: {@link System#console()} exists (and, from JDK 22
     * where it exists also when redirected, says {@code isTerminal()}).
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }
}
