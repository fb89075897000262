package dev.weft.cli;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Execution;
import dev.weft.runtime.Instance;
import dev.weft.runtime.Linker;
import dev.weft.runtime.value.Invocation;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.Wave;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft run --invoke 'NAME(ARGS)' FILE}: instantiates a component and calls one of its
 * exported functions with arguments in WAVE syntax, printing the result in the same syntax.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Instantiate a component and call an exported function.",
            "Arguments and results are in WAVE syntax: add(2, 3), echo-string(\"hé\"), "
                    + "centroid([{x: 1.0, y: 2.0}]); NAME may be `iface#func`."
        })
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A component binary (.wasm).")
    Path file;

    @Option(names = "--invoke", paramLabel = "CALL", required = true,
            description = "The call to make, e.g. 'add(2, 3)' or 'bench:kit/api#add(2, 3)'.")
    String invoke;

    @Option(names = "--trap-unknown-imports",
            description = "Satisfy imports the host does not define with functions that trap when called.")
    boolean trapUnknownImports;

    @Option(names = "--interpret", description = "Interpret core code instead of compiling it to JVM bytecode.")
    boolean interpret;

    @Option(names = "--no-cache", description = "Do not keep compiled code between runs (default: in $XDG_CACHE_HOME/weft or ~/.cache/weft).")
    boolean noCache;

    @Override
    public Integer call() {
        Engine.Builder builder = Engine.builder().execution(interpret ? Execution.INTERPRETER : Execution.COMPILER);
        if (!noCache) builder.cacheDirectory(CacheDirectory.standard());
        Engine engine = builder.build();
        Component component = Component.fromBytes(engine, Inputs.readBytes(file));
        Linker linker = new Linker(engine);
        if (trapUnknownImports) linker.defineUnknownImportsAsTraps(component);
        Instance instance = linker.instantiate(component);
        Exports exports = new Exports(instance);
        Invocation call = Wave.parseInvocation(invoke, name -> exports.find(name).map(ComponentFunction::type));
        ComponentFunction function = exports.find(call.name())
                .orElseThrow(() -> new UserInputException(exports.whyNotFound(call.name()), null));
        Optional<Value> result = function.call(call.arguments());
        PrintWriter out = spec.commandLine().getOut();
        result.ifPresent(v -> out.println(Wave.print(v)));
        out.flush();
        return 0;
    }
}
