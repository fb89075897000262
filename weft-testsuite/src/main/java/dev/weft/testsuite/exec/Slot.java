package dev.weft.testsuite.exec;

import dev.weft.runtime.Component;
import dev.weft.runtime.Instance;
import dev.weft.testsuite.Status;
import java.util.Objects;

/**
 * What a name (or "the most recent instance") stands for in a file's session: the thing itself, or
 * why there is none. Commands that need a missing one inherit its status: a skipped component makes
 * the commands on its instance skipped, a failed one makes them failed, each with the original reason.
 *
 * @param <T> {@link Component} for definitions, {@link Instance} for instances
 */
sealed interface Slot<T> {

    /** It loaded (a definition) or instantiated (an instance) at {@code line}. */
    record Present<T>(T value, int line) implements Slot<T> {
        public Present {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The command at {@code line} did not produce it.
     *
     * @param status {@link Status#FAILED} or {@link Status#SKIPPED}
     * @param reason the short reason of that command's verdict
     * @param detail what happened there, for the dependents' {@code actual}
     */
    record Missing<T>(Status status, String reason, String detail, int line) implements Slot<T> {
        public Missing {
            if (status == Status.PASSED) throw new IllegalArgumentException("a missing slot did not pass");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
