package dev.weft.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Entry point of the {@code weft} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Runs {@code weft args...}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = List.of(args).contains(WeftCommand.DEBUG);
        CommandLine cli = new CommandLine(new WeftCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new ErrorReporter.Usage())
                .setExecutionExceptionHandler(new ErrorReporter.Execution(debug));
        return cli.execute(args);
    }
}
