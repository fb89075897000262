package dev.weft.binary.validate.names;

import dev.weft.errors.InvalidComponentException;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of one core module (type): exports are unique strings, and two-level imports are unique
 * pairs (the component model flattens them, so even a concrete module may not repeat one).
 */
public final class CoreNameSet {
    private record ImportKey(String module, String name) {}

    private final Set<String> exports = new HashSet<>();
    private final Set<ImportKey> imports = new HashSet<>();

    /** Adds an export name, or throws "duplicate export name `a` already defined". */
    public void addExport(String name, long offset) {
        if (!exports.add(name)) {
            throw new InvalidComponentException(offset, "duplicate export name `" + name + "` already defined");
        }
    }

    /** Adds an import, or throws "duplicate import name `m:a`". */
    public void addImport(String module, String name, long offset) {
        if (!imports.add(new ImportKey(module, name))) {
            throw new InvalidComponentException(offset, "duplicate import name `" + module + ":" + name + "`");
        }
    }
}
