package dev.weft.wasi.sockets;

import dev.weft.runtime.HostFunction;
import dev.weft.runtime.Linker;
import dev.weft.wasi.Definitions;
import dev.weft.runtime.LinkerInstance;
import dev.weft.runtime.RuntimeResourceType;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.runtime.value.Values;
import dev.weft.types.Field;
import dev.weft.types.FuncType;
import dev.weft.types.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions of one WIT interface ({@code wasi:sockets/tcp@0.2.12}): resource types and typed
 * host functions, added to a {@link Linker} at once. The declared types let the linker check each
 * function against the guest's import when linking, and {@link #call} lets tests drive a function
 * exactly as a guest would reach it (arguments and result checked against the type).
 */
final class HostInterface {
    /** A typed host function. */
    record Function(FuncType type, HostFunction body) {}

    private final String name;
    private final Map<String, RuntimeResourceType> resources = new LinkedHashMap<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();

    HostInterface(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    HostInterface resource(String resourceName, RuntimeResourceType type) {
        resources.put(resourceName, type);
        return this;
    }

    /** A free function {@code funcName(params) -> result} (no result if empty). */
    HostInterface func(String funcName, Optional<ValueType> result, List<Field> params, HostFunction body) {
        functions.put(funcName, new Function(new FuncType(false, params, result), body));
        return this;
    }

    /** {@code [method]resource.name(self: borrow<resource>, params) -> result}. */
    HostInterface method(RuntimeResourceType self, String resourceName, String method, ValueType result,
                         List<Field> params, HostFunction body) {
        List<Field> all = new ArrayList<>(params.size() + 1);
        all.add(new Field("self", self.borrowType()));
        all.addAll(params);
        return func("[method]" + resourceName + "." + method, Optional.of(result), all, body);
    }

    /** A method without parameters besides {@code self}. */
    HostInterface method(RuntimeResourceType self, String resourceName, String method, ValueType result,
                         HostFunction body) {
        return method(self, resourceName, method, result, List.of(), body);
    }

    /** Defines everything in {@code linker}. */
    void addTo(Linker linker) {
        LinkerInstance instance = linker.instance(name);
        resources.forEach(instance::resource);
        functions.forEach((n, f) -> instance.func(n, f.type(), f.body()));
    }

    /** Defines everything in {@code defs}. */
    void addTo(Definitions defs) {
        resources.forEach((n, type) -> defs.resource(name, n, type));
        functions.forEach((n, f) -> defs.func(name, n, f.type(), f.body()));
    }

    /** The names of the functions, in definition order. */
    List<String> functionNames() {
        return List.copyOf(functions.keySet());
    }

    /** The type of function {@code funcName}. */
    FuncType type(String funcName) {
        return function(funcName).type();
    }

    /**
     * Calls function {@code funcName} as the runtime calls a host function: arguments and result are
     * checked against its type.
     */
    Optional<Value> call(String funcName, Value... args) {
        Function f = function(funcName);
        Values.checkArguments(f.type(), Arrays.asList(args));
        Optional<Value> result = f.body().call(List.of(args));
        Values.checkResult(f.type(), result);
        return result;
    }

    private Function function(String funcName) {
        Function f = functions.get(funcName);
        if (f == null) throw new ValueTypeException("`" + name + "` has no function `" + funcName + "`");
        return f;
    }

    /** Parameters from alternating names and types: {@code params("network", t1, "name", t2)}. */
    static List<Field> params(Object... namesAndTypes) {
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            out.add(new Field((String) namesAndTypes[i], (ValueType) namesAndTypes[i + 1]));
        }
        return out;
    }
}
