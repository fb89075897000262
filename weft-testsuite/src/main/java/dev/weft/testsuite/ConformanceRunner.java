package dev.weft.testsuite;

import dev.weft.errors.ComponentFormatException;
import dev.weft.errors.WeftException;
import dev.weft.testsuite.TimeLimit.Ending;
import dev.weft.testsuite.exec.InstantiatingExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs conformance files. Judges what validation alone decides and hands the rest to a
 * {@link CommandExecutor}:
 * <ul>
 *   <li>{@code assert_malformed} / {@code assert_invalid}: passes iff validation throws a
 *       {@link ComponentFormatException}; whether its message contains {@code text} is recorded
 *       ({@link MessageMatch}), not judged;</li>
 *   <li>{@code component}: must validate, then goes to the executor (which passes a definition and
 *       instantiates the others);</li>
 *   <li>the commands that need instances go to the executor as they are;</li>
 *   <li>entries without a binary ({@code text_error}) and unknown types are skipped, with a reason.</li>
 * </ul>
 * Nothing that a validator or an executor throws escapes: an exception other than a Weft one is a
 * failure reported as {@code crash: ...}, and each command runs under a time limit.
 */
public final class ConformanceRunner {
    /** Per command; generous, as it only exists to turn a hang into a failure. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private final ComponentValidator validator;
    private final CommandExecutor executor;
    private final Duration timeLimit;

    /**
     * @param timeLimit per command; zero means none (the work then runs on the calling thread)
     */
    public ConformanceRunner(ComponentValidator validator, CommandExecutor executor, Duration timeLimit) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** Weft's validator and runtime ({@link InstantiatingExecutor}), the default time limit. */
    public static ConformanceRunner standard() {
        return new ConformanceRunner(ComponentValidator.weft(), InstantiatingExecutor.standard(), DEFAULT_TIME_LIMIT);
    }

    /** Runs every conformance file under each root (a directory or a {@code .json} file). */
    public RunResult run(List<Path> roots) {
        return run(find(roots), file -> {});
    }

    /** Runs {@code files} in order, telling {@code onEachFile} about each as soon as it is done. */
    public RunResult run(List<SuiteFile> files, Consumer<FileResult> onEachFile) {
        List<FileResult> results = new ArrayList<>(files.size());
        for (SuiteFile file : files) {
            FileResult result = runFile(file);
            onEachFile.accept(result);
            results.add(result);
        }
        return new RunResult(results);
    }

    /**
     * The conformance files under each root (see {@link SuiteFile#find}), each once.
     *
     * @throws java.io.UncheckedIOException when a directory cannot be listed
     */
    public static List<SuiteFile> find(List<Path> roots) {
        Map<Path, SuiteFile> files = new LinkedHashMap<>();
        for (Path root : roots) {
            SuiteFile.find(root).forEach(f -> files.putIfAbsent(f.path(), f));
        }
        return List.copyOf(files.values());
    }

    /** Runs one file; a file that cannot be parsed yields one failed {@code file} outcome. */
    public FileResult runFile(SuiteFile file) {
        ConformanceFile parsed;
        try {
            parsed = ConformanceParser.parse(file.path(), file.displayName());
        } catch (WastFormatException e) {
            Verdict unusable = Verdict.failed("unusable conformance file", "a conformance JSON file", e.getMessage());
            return new FileResult(file.displayName(), file.path(), List.of(fileOutcome(file.displayName(), unusable)));
        }
        return runFile(parsed);
    }

    /** Runs the commands of one parsed file, in order, in one executor session. */
    public FileResult runFile(ConformanceFile file) {
        List<CommandOutcome> outcomes = new ArrayList<>();
        CommandExecutor.FileSession session;
        try {
            session = executor.open(file);
        } catch (RuntimeException | Error e) {
            outcomes.add(fileOutcome(file.displayName(), Verdict.crashed("an executor session", e)));
            return new FileResult(file.displayName(), file.path(), outcomes);
        }
        for (ConformanceCommand command : file.commands()) {
            Verdict verdict = judge(command, file, session);
            outcomes.add(new CommandOutcome(file.displayName(), command.line(), command.typeName(), verdict));
        }
        try {
            session.close();
        } catch (RuntimeException | Error e) {
            outcomes.add(fileOutcome(file.displayName(), Verdict.crashed("the executor session closes", e)));
        }
        return new FileResult(file.displayName(), file.path(), outcomes);
    }

    private Verdict judge(ConformanceCommand command, ConformanceFile file, CommandExecutor.FileSession session) {
        if (command.textError().isPresent()) {
            return Verdict.skipped("no binary: " + firstLine(command.textError().get()));
        }
        if (command.type().carriesBinary() && command.filename().isEmpty()) {
            return Verdict.skipped("no binary");
        }
        return switch (command.type()) {
            case ASSERT_MALFORMED, ASSERT_INVALID -> withBinary(command, file, bytes -> expectRejection(command, bytes));
            case COMPONENT -> withBinary(command, file, bytes -> component(command, bytes, session));
            case ASSERT_UNLINKABLE, ASSERT_TRAP_INSTANTIATE ->
                    withBinary(command, file, bytes -> execute(command, Optional.of(bytes), session));
            case INSTANCE, ASSERT_RETURN, ASSERT_TRAP, ACTION -> execute(command, Optional.empty(), session);
            case UNKNOWN -> Verdict.skipped("unknown command type `" + command.typeName() + "`");
        };
    }

    private Verdict expectRejection(ConformanceCommand command, byte[] bytes) {
        String expected = Expectations.of(command);
        return switch (limited(() -> validate(bytes))) {
            case Ending.Completed<Boolean> validated ->
                    Verdict.failed(Expectations.acceptedWrongly(command), expected, "validated");
            case Ending.Threw<Boolean>(ComponentFormatException e) ->
                    Verdict.passed("rejected", expected, Expectations.describe(e), Expectations.match(command, e));
            case Ending.Threw<Boolean>(Throwable e) -> Verdict.crashed(expected, e);
            case Ending.TimedOut<Boolean>(Duration limit) -> timedOut(expected, limit);
        };
    }

    private Verdict component(ConformanceCommand command, byte[] bytes, CommandExecutor.FileSession session) {
        String expected = Expectations.of(command);
        return switch (limited(() -> validate(bytes))) {
            case Ending.Completed<Boolean> validated -> execute(command, Optional.of(bytes), session);
            case Ending.Threw<Boolean>(ComponentFormatException e) ->
                    Verdict.failed("rejected a valid component", expected, Expectations.describe(e));
            case Ending.Threw<Boolean>(Throwable e) -> Verdict.crashed(expected, e);
            case Ending.TimedOut<Boolean>(Duration limit) -> timedOut(expected, limit);
        };
    }

    private Verdict execute(ConformanceCommand command, Optional<byte[]> binary, CommandExecutor.FileSession session) {
        String expected = Expectations.of(command);
        return switch (limited(() -> session.execute(command, binary))) {
            case Ending.Completed<Verdict>(Verdict verdict) when verdict != null -> verdict;
            case Ending.Completed<Verdict> none ->
                    Verdict.crashed(expected, new NullPointerException("the executor returned no verdict"));
            case Ending.Threw<Verdict>(WeftException e) ->
                    Verdict.failed("unexpected error", expected, Expectations.describe(e));
            case Ending.Threw<Verdict>(Throwable e) -> Verdict.crashed(expected, e);
            case Ending.TimedOut<Verdict>(Duration limit) -> timedOut(expected, limit);
        };
    }

    private Boolean validate(byte[] bytes) {
        validator.validate(bytes);
        return Boolean.TRUE;
    }

    private <T> Ending<T> limited(Callable<T> work) {
        return TimeLimit.call(timeLimit, work);
    }

    private static Verdict withBinary(ConformanceCommand command, ConformanceFile file, Function<byte[], Verdict> judge) {
        String filename = command.filename().orElseThrow();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.resolve(filename));
        } catch (IOException e) {
            return Verdict.failed("cannot read binary", Expectations.of(command), "cannot read " + filename + ": " + e);
        }
        return judge.apply(bytes);
    }

    private static Verdict timedOut(String expected, Duration limit) {
        return Verdict.failed("timed out", expected, "no result within " + limit.toMillis() + " ms");
    }

    private static CommandOutcome fileOutcome(String displayName, Verdict verdict) {
        return new CommandOutcome(displayName, 0, "file", verdict);
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("(no reason given)");
    }
}
