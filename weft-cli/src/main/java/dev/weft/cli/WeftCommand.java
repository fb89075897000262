package dev.weft.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code weft}: the top command; does nothing itself but name its subcommands. */
@Command(
        name = "weft",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Weft: a WebAssembly Component Model runtime for the JVM.",
        subcommands = {RunCommand.class, ServeCommand.class, WastCommand.class, InspectCommand.class, WitCommand.class, BindgenCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a test failed, or an error caused by the input (see the `error:` line)",
            "2:wrong usage (unknown option, missing or wrong argument)"
        })
final class WeftCommand implements Runnable {
    static final String DEBUG = "--debug";

    @Spec
    CommandSpec spec;

    @Option(
            names = DEBUG,
            scope = ScopeType.INHERIT,
            description = "Print stack traces of errors and crashes.")
    boolean debug;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run, serve, wast, inspect, wit or bindgen");
    }
}
