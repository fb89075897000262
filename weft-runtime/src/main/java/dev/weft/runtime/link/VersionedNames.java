package dev.weft.runtime.link;

import dev.weft.binary.validate.names.ComponentName;
import dev.weft.binary.validate.names.Semver;
import dev.weft.errors.WeftException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Finding a definition for an import name: the exact name first; else, for a versioned interface
 * name ({@code wasi:io/streams@0.2.12}), a definition of the same interface whose version is
 * semver-compatible ({@link Semver#isCompatibleWith}: {@code @0.2.3} serves {@code @0.2.12}), the
 * highest such version if there are several. As Wasmtime does.
 */
public final class VersionedNames {
    private VersionedNames() {}

    /** The key of {@code defined} that serves {@code name}, if any. */
    public static Optional<String> find(Map<String, ?> defined, String name) {
        if (defined.containsKey(name)) return Optional.of(name);
        Optional<Versioned> wanted = versioned(name);
        if (wanted.isEmpty()) return Optional.empty();
        return defined.keySet().stream()
                .flatMap(k -> versioned(k).stream().map(v -> new Candidate(k, v)))
                .filter(c -> c.name.unversioned.equals(wanted.get().unversioned)
                        && c.name.version.isCompatibleWith(wanted.get().version))
                .max(Comparator.comparing((Candidate c) -> c.name.version, Semver::comparePrecedence))
                .map(Candidate::key);
    }

    private record Versioned(String unversioned, Semver version) {}

    private record Candidate(String key, Versioned name) {}

    private static Optional<Versioned> versioned(String name) {
        if (name.indexOf('@') < 0) return Optional.empty();
        try {
            if (ComponentName.parse(name, 0) instanceof ComponentName.InterfaceName i && i.version().isPresent()) {
                return Optional.of(new Versioned(i.unversioned(), i.version().get()));
            }
        } catch (WeftException notAName) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
