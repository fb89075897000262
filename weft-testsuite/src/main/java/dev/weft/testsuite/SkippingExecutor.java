package dev.weft.testsuite;

import java.util.Optional;

/**
 * The {@link CommandExecutor} of a run that only validates ({@code weft wast --validate-only}): a
 * {@code component} definition passes once validated (nothing else is asked of it), everything that
 * needs an instance is skipped with a reason. The standard executor is
 * {@link dev.weft.testsuite.exec.InstantiatingExecutor}.
 */
public final class SkippingExecutor implements CommandExecutor {
    /** Skip reason of a {@code component} that validated but would have to be instantiated. */
    public static final String COMPONENT_NOT_INSTANTIATED = "instantiation not implemented yet";
    /** Skip reason of the commands that act on instances. */
    public static final String NEEDS_INSTANTIATION = "needs instantiation (not implemented yet)";

    @Override
    public FileSession open(ConformanceFile file) {
        return SkippingExecutor::verdict;
    }

    private static Verdict verdict(ConformanceCommand command, Optional<byte[]> binary) {
        return switch (command.type()) {
            case COMPONENT -> command.definition()
                    ? Verdict.passed("validated (definition only)")
                    : Verdict.skipped(COMPONENT_NOT_INSTANTIATED);
            case INSTANCE, ASSERT_RETURN, ASSERT_TRAP, ACTION, ASSERT_UNLINKABLE, ASSERT_TRAP_INSTANTIATE ->
                    Verdict.skipped(NEEDS_INSTANTIATION);
            case ASSERT_INVALID, ASSERT_MALFORMED, UNKNOWN ->
                    throw new AssertionError("the runner judges " + command.typeName() + " itself");
        };
    }
}
