package dev.weft.wit;

import java.util.List;
import java.util.Optional;

/**
 * A function of an interface or world. Resource functions are desugared as in WIT.md: the name is
 * {@code [constructor]r}, {@code [method]r.f} or {@code [static]r.f}, a method's first parameter is
 * {@code self: borrow<r>}, and an infallible constructor returns {@code r}.
 *
 * @param externalId the {@code @external-id("...")} annotation 🏷️, if any
 */
public record Function(String name, FunctionKind kind, boolean async, List<Param> params, Optional<Type> result,
                       Docs docs, Stability stability, Optional<String> externalId) {
    public Function {
        params = List.copyOf(params);
    }

    /** A named parameter. */
    public record Param(String name, Type type) {}

    /** The name as written: {@code f} for {@code [method]r.f}, {@code r} for {@code [constructor]r}. */
    public String itemName() {
        return switch (kind) {
            case FunctionKind.Freestanding f -> name;
            case FunctionKind.Constructor c -> name.substring("[constructor]".length());
            case FunctionKind.Method m -> name.substring(name.indexOf('.') + 1);
            case FunctionKind.Static s -> name.substring(name.indexOf('.') + 1);
        };
    }

    public Function withName(String newName) {
        return new Function(newName, kind, async, params, result, docs, stability, externalId);
    }
}
