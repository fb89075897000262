package dev.weft.cli;

import dev.weft.binary.ComponentBinary;
import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.InvalidComponentException;
import dev.weft.errors.MalformedComponentException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft inspect FILE}: decodes and validates a component and says what it is. For now it says
 * whether it is valid; the description of imports, exports and types comes later.
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

    @Override
    public Integer call() {
        byte[] bytes = Inputs.readBytes(file);
        try {
            ComponentBinary.validate(bytes);
        } catch (ComponentFormatException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + file + ": " + kind(e) + " component: " + e.getMessage());
            err.flush();
            return ErrorReporter.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("valid component (" + bytes.length + " bytes)");
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
