package dev.weft.cli;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.ast.Component;
import dev.weft.binary.describe.Inspector;
import dev.weft.binary.validate.ComponentValidator;
import dev.weft.binary.validate.ValidatedComponent;
import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft inspect FILE}: decodes and validates a component and describes it: imports and exports
 * with their types in WIT-like syntax, then its sections, core modules and nested components with
 * offsets and sizes. {@code --time} also reports how long decoding and validation took.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Decode and validate a component binary (.wasm) and describe it.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A component binary (.wasm).")
    Path file;

    @Option(names = "--time", description = "Also print decode and validate times (best of 10 warm runs).")
    boolean time;

    @Option(names = "--sections", description = "Also list every section with its offset and size.")
    boolean sections;

    @Override
    public Integer call() {
        byte[] bytes = Inputs.readBytes(file);
        Component ast;
        ValidatedComponent validated;
        try {
            ast = ComponentBinary.decode(bytes);
            validated = ComponentValidator.validate(ast);
        } catch (ComponentFormatException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + file + ": " + kind(e) + " component: " + e.getMessage());
            err.flush();
            return ErrorReporter.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: valid component, %,d bytes%n", file, bytes.length);
        new Inspector().describe(ast, validated, sections).forEach(out::println);
        if (time) {
            out.println(Timing.measure(bytes));
        }
        out.flush();
        return 0;
    }

    private static String kind(ComponentFormatException e) {
        return switch (e) {
            case MalformedComponentException malformed -> "malformed";
            case InvalidComponentException invalid -> "invalid";
        };
    }
}
