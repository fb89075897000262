package dev.weft.cli;

import dev.weft.errors.WeftException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** How errors reach the user: one {@code error: ...} line, a stack trace only with {@code --debug}. */
final class ErrorReporter {
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private ErrorReporter() {}

    /** Wrong usage: the message, a suggestion for a typo, where to find help; exit 2. */
    static final class Usage implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine command = ex.getCommandLine();
            PrintWriter err = command.getErr();
            err.println("error: " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return USAGE;
        }
    }

    /** An exception while a command ran: the user's input (exit 1), or a bug in Weft (exit 1, said so). */
    static final class Execution implements IExecutionExceptionHandler {
        private final boolean debug;

        Execution(boolean debug) {
            this.debug = debug;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
            PrintWriter err = command.getErr();
            if (causedByInput(ex)) {
                err.println("error: " + ex.getMessage());
            } else {
                err.println("error: internal error (a bug in Weft): " + ex
                        + (debug ? "" : "; run with " + WeftCommand.DEBUG + " for the stack trace"));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILURE;
        }

        private static boolean causedByInput(Exception ex) {
            return ex instanceof WeftException
                    || ex instanceof UserInputException
                    || ex instanceof IOException
                    || ex instanceof UncheckedIOException;
        }
    }
}
