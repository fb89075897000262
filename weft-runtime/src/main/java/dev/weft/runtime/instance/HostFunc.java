package dev.weft.runtime.instance;

import dev.weft.runtime.Caller;
import dev.weft.runtime.HostFunction;
import dev.weft.runtime.canon.ComponentInstanceState;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.Values;
import dev.weft.types.FuncType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A host function satisfying the import {@code name} of type {@code type}: its arguments and its
 * result are checked against the import's type, so that neither side sees an ill-typed value.
 *
 * <p>The body is either a plain {@link HostFunction} ({@code body}) or one that takes the calling
 * instance ({@code callerBody}, with {@code caller} null). The linker makes one {@code HostFunc}
 * per import, shared by every instance of an {@link dev.weft.runtime.InstancePre}; instantiating
 * binds a {@code callerBody} to the new instance's {@link Caller} ({@link #bindCaller}), one small
 * object per such import and instance, so a call reads its data with no look-up.
 */
public record HostFunc(String name, FuncType type, HostFunction body, HostFunction.WithCaller callerBody, Caller caller)
        implements Func {
    public HostFunc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if ((body == null) == (callerBody == null)) throw new IllegalArgumentException("exactly one body is needed");
    }

    public HostFunc(String name, FuncType type, HostFunction body) {
        this(name, type, Objects.requireNonNull(body, "body"), null, null);
    }

    public HostFunc(String name, FuncType type, HostFunction.WithCaller callerBody) {
        this(name, type, null, Objects.requireNonNull(callerBody, "callerBody"), null);
    }

    /**
     * {@code func} as the instance of {@code caller} imports it: a host function taking a caller and
     * not bound yet is bound to {@code caller}; anything else (a plain host function, another
     * instance's function, one bound by the instance that re-exports it) is {@code func} itself.
     */
    static Func bindCaller(Func func, Caller caller) {
        if (func instanceof HostFunc h && h.callerBody != null && h.caller == null && caller != null) {
            return new HostFunc(h.name, h.type, null, h.callerBody, caller);
        }
        return func;
    }

    @Override
    public Optional<Value> call(ComponentInstanceState caller, List<Value> args) {
        return call(args);
    }

    @Override
    public Optional<Value> call(List<Value> args) {
        Values.checkArguments(type, args);
        Optional<Value> result;
        if (body != null) {
            result = body.call(args);
        } else {
            if (caller == null) {
                throw new IllegalStateException("host function for import `" + name + "` takes a Caller but was called"
                        + " outside an instance");
            }
            result = callerBody.call(caller, args);
        }
        if (result == null) {
            throw new ValueTypeException("host function for import `" + name + "` returned null; return Optional.empty()"
                    + " for a function without a result");
        }
        try {
            Values.checkResult(type, result);
        } catch (ValueTypeException e) {
            throw new ValueTypeException("host function for import `" + name + "` (" + type.wit()
                    + ") returned a wrong result: " + e.getMessage());
        }
        return result;
    }
}
