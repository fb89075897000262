package dev.weft.runtime;

import dev.weft.runtime.canon.LiftedTarget;
import dev.weft.runtime.instance.Func;
import dev.weft.runtime.instance.LiftedFunc;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.Values;
import dev.weft.types.FuncType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A function exported by a component {@link Instance}. Calls check the arguments against
 * {@link #type()} first, so a wrong argument is a {@link ValueTypeException} naming the parameter,
 * never a trap. Not thread-safe: like its instance, call it from one thread at a time.
 *
 * <pre>{@code
 * ComponentFunction add = instance.func("bench:kit/api#add").orElseThrow();
 * Optional<Value> sum = add.call(Value.u32(2), Value.u32(3));    // Optional[5]
 * }</pre>
 */
public final class ComponentFunction {
    private final String name;
    private final Func func;

    ComponentFunction(String name, Func func) {
        this.name = name;
        this.func = func;
    }

    /** The export path it was found under, e.g. {@code bench:kit/api#add}. */
    public String name() {
        return name;
    }

    public FuncType type() {
        return func.type();
    }

    /**
     * Calls the function.
     *
     * @return the result, empty for a function without one
     * @throws ValueTypeException if the arguments do not fit {@link #type()}
     * @throws Trap if the guest traps (the instance is then poisoned)
     */
    public Optional<Value> call(Value... args) {
        return call(Arrays.asList(args));
    }

    /** {@link #call(Value...)} with the arguments in a list. */
    public Optional<Value> call(List<Value> args) {
        Objects.requireNonNull(args, "args");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) == null) throw new ValueTypeException("argument " + i + " of `" + name + "` is null");
        }
        try {
            Values.checkArguments(type(), args);
        } catch (ValueTypeException e) {
            throw new ValueTypeException("wrong arguments for `" + name + "` (" + type().wit() + "): " + e.getMessage());
        }
        return func.call(List.copyOf(args));
    }

    /**
     * The core side of this function when it is lifted from a guest's core code (empty for host
     * functions and traps): what generated typed bindings call without {@code Value}s.
     */
    public Optional<LiftedTarget> lifted() {
        return func instanceof LiftedFunc l ? l.lift().asLifted() : Optional.empty();
    }

    /** The run-time function, for linking it into another component. */
    Func func() {
        return func;
    }

    @Override
    public String toString() {
        return name + ": " + type().wit();
    }
}
