package dev.weft.cli;

import dev.weft.bindgen.WitInput;
import dev.weft.wit.WitPrinter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft wit PATH}: prints WIT. For a component binary, the world its type describes (decoded
 * as wit-component does: world {@code root} of package {@code root:component}, each interface in
 * its own package); for a {@code .wit} file or a directory, the resolved packages, dependencies
 * included, in one file that parses again to the same packages.
 */
@Command(
        name = "wit",
        mixinStandardHelpOptions = true,
        description = {
            "Print the WIT of a component binary (its world, from its imports and exports),",
            "or of WIT sources (a .wit file, or a directory with deps/), resolved."
        })
final class WitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A component (.wasm), a .wit file, or a directory of WIT.")
    Path path;

    @Override
    public Integer call() {
        if (!Files.exists(path)) throw new UserInputException("cannot read " + path + ": no such file or directory", null);
        WitInput input;
        try {
            input = WitInput.load(path, Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(WitPrinter.printAll(input.resolve()));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (String s : input.skipped()) err.println("note: not expressible in WIT, left out: " + s);
        err.flush();
        return 0;
    }
}
