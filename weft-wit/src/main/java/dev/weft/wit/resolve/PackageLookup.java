package dev.weft.wit.resolve;

import dev.weft.wit.PackageName;
import dev.weft.wit.Span;
import dev.weft.wit.WitException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the package a qualified path names: the package with that exact name and version; a path
 * without a version also matches the only version of a package there is.
 */
final class PackageLookup {
    private PackageLookup() {}

    static PackageName find(PackageName ref, Collection<PackageName> candidates, Span span) {
        if (candidates.contains(ref)) return ref;
        List<PackageName> sameName = candidates.stream()
                .filter(c -> c.withoutVersion().equals(ref.withoutVersion())).toList();
        if (ref.version().isEmpty() && sameName.size() == 1) return sameName.get(0);
        String hint = sameName.isEmpty() ? ""
                : " (there is " + sameName.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + ")";
        if (ref.version().isEmpty() && sameName.size() > 1) {
            throw new WitException(span, "package `" + ref + "` is ambiguous: say which version" + hint);
        }
        throw new WitException(span, "package `" + ref + "` not found" + hint);
    }
}
