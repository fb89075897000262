package dev.weft.cli;

import dev.weft.testsuite.CommandExecutor;
import dev.weft.testsuite.ComponentValidator;
import dev.weft.testsuite.ConformanceRunner;
import dev.weft.testsuite.RunResult;
import dev.weft.testsuite.SkippingExecutor;
import dev.weft.testsuite.SuiteFile;
import dev.weft.testsuite.exec.InstantiatingExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code weft wast PATH...}: runs conformance tests in their JSON form and reports the counts. */
@Command(
        name = "wast",
        mixinStandardHelpOptions = true,
        description = {
            "Run Component Model conformance tests (.wast scripts converted to JSON).",
            "Each NAME.json lists the commands, with the binaries NAME.N.wasm beside it (the format is",
            "in ../shared/README.md). Components are instantiated and their exports called with Weft's",
            "runtime (--validate-only: decoded and validated only). Prints a line per file, the reasons",
            "of failures and skips, then `N passed, M failed, K skipped` as the last line."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing failed", "1:a command failed", "2:wrong usage (a PATH does not exist, ...)"})
final class WastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    WeftCommand parent;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A conformance .json file, or a directory: every *.json below it.")
    List<Path> paths;

    @Option(names = {"-v", "--verbose"},
            description = "Print every failure (file:line, command, expected, actual), skip and message mismatch"
                    + " (--debug also prints the stack traces of crashes).")
    boolean verbose;

    @Option(names = "--validate-only",
            description = "Only decode and validate: skip every command that needs an instance (instantiation,"
                    + " invocations, traps, linking).")
    boolean validateOnly;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit per command, in seconds (0: none). Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Override
    public Integer call() {
        List<SuiteFile> files = ConformanceRunner.find(checkedPaths());
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no .json files in " + paths);
        }
        CommandExecutor executor = validateOnly ? new SkippingExecutor() : InstantiatingExecutor.standard();
        ConformanceRunner runner = new ConformanceRunner(ComponentValidator.weft(), executor, Duration.ofSeconds(timeoutSeconds));
        boolean debug = parent != null && parent.debug;
        WastReport report = new WastReport(spec.commandLine().getOut(), verbose || debug, debug);
        RunResult result = runner.run(files, report::file);
        report.summary(result);
        return result.hasFailures() ? ErrorReporter.FAILURE : 0;
    }

    private List<Path> checkedPaths() {
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 0 or more, not " + timeoutSeconds);
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
            if (!Files.isDirectory(path) && !SuiteFile.isJson(path)) {
                throw new ParameterException(spec.commandLine(),
                        path + " is not a .json conformance file or a directory (convert .wast files with "
                                + "../shared/tools/wast2json.mjs)");
            }
        }
        return paths;
    }
}
