package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;

import dev.weft.binary.validate.model.ResourceRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names under which top-level resources were imported (or exported) in one scope, so that
 * {@code [constructor]r}, {@code [method]r.m} and {@code [static]r.m} can be checked against them
 * ({@code ComponentNameContext} in wasmparser).
 */
final class ResourceNames {
    private final Map<ResourceRef, Integer> nameIndex = new IdentityHashMap<>();
    private final List<String> allNames = new ArrayList<>();

    void register(String name, ResourceRef ref) {
        nameIndex.put(ref, allNames.size());
        allNames.add(name);
    }

    boolean knows(String resourceName) {
        return allNames.contains(resourceName);
    }

    /** The resource behind {@code ref} must have been named {@code expected} in this context. */
    void validateResourceName(ResourceRef ref, String expected, long offset) {
        Integer idx = nameIndex.get(ref);
        if (idx == null) throw invalid(offset, "resource used in function does not have a name in this context");
        String name = allNames.get(idx);
        if (!name.equals(expected)) throw invalid(offset, "function does not match expected resource name `" + name + "`");
    }
}
