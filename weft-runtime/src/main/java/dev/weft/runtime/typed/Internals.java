package dev.weft.runtime.typed;

import dev.weft.engine.CoreFunction;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.canon.LiftedTarget;
import dev.weft.runtime.instance.Func;
import dev.weft.runtime.instance.LiftedFunc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The three package-private members of the runtime the typed path needs, reached once per bound
 * export: {@code ComponentFunction.func()}, {@code LiftedTarget.core} and
 * {@code LiftedTarget.postReturn(long[])}. A stopgap until the runtime makes them public (e.g.
 * {@code ComponentFunction.lifted(): Optional<LiftedTarget>}, {@code LiftedTarget.core()} and a
 * public {@code postReturn}); nothing here runs per call except {@link #postReturn}.
 */
final class Internals {
    private static final MethodHandle FUNC;
    private static final MethodHandle CORE;
    private static final MethodHandle POST_RETURN;

    static {
        try {
            MethodHandles.Lookup f = MethodHandles.privateLookupIn(ComponentFunction.class, MethodHandles.lookup());
            FUNC = f.findVirtual(ComponentFunction.class, "func", MethodType.methodType(Func.class));
            MethodHandles.Lookup t = MethodHandles.privateLookupIn(LiftedTarget.class, MethodHandles.lookup());
            CORE = t.findGetter(LiftedTarget.class, "core", CoreFunction.class);
            POST_RETURN = t.findVirtual(LiftedTarget.class, "postReturn", MethodType.methodType(void.class, long[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(new IllegalStateException(
                    "the typed call path does not match this runtime's internals: " + e, e));
        }
    }

    private Internals() {}

    /** The lifted function behind an export; empty for a function that is not lifted from core code. */
    static Optional<LiftedTarget> target(ComponentFunction f) {
        Func func;
        try {
            func = (Func) FUNC.invokeExact(f);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (!(func instanceof LiftedFunc lifted)) return Optional.empty();
        return lifted.lift().asLifted();
    }

    static CoreFunction core(LiftedTarget target) {
        try {
            return (CoreFunction) CORE.invokeExact(target);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code post-return} with {@code may_leave} cleared, as the runtime runs it. */
    static void postReturn(LiftedTarget target, long[] results) {
        try {
            POST_RETURN.invokeExact(target, results);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
