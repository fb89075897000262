package dev.weft.wit;

import java.util.List;
import java.util.Optional;

/**
 * A package name: {@code namespace:package@version}, or with nested namespaces and packages (🪺)
 * {@code a:b:c/d@version} (namespaces {@code [a, b]}, package {@code c}, nested package path
 * {@code [d]}).
 */
public record PackageName(List<String> namespaces, String name, List<String> nested, Optional<SemVer> version) {
    public PackageName {
        namespaces = List.copyOf(namespaces);
        nested = List.copyOf(nested);
        if (namespaces.isEmpty()) throw new IllegalArgumentException("a package name needs a namespace");
    }

    public static PackageName of(String namespace, String name, SemVer version) {
        return new PackageName(List.of(namespace), name, List.of(), Optional.ofNullable(version));
    }

    /** The name without its version, e.g. {@code wasi:io}. */
    public String unversioned() {
        StringBuilder sb = new StringBuilder();
        for (String ns : namespaces) sb.append(ns).append(':');
        sb.append(name);
        for (String n : nested) sb.append('/').append(n);
        return sb.toString();
    }

    /** This name without its version. */
    public PackageName withoutVersion() {
        return new PackageName(namespaces, name, nested, Optional.empty());
    }

    /** The interface name of {@code item} in this package, e.g. {@code wasi:io/streams@0.2.12}. */
    public String interfaceName(String item) {
        return unversioned() + "/" + item + version.map(v -> "@" + v).orElse("");
    }

    @Override
    public String toString() {
        return unversioned() + version.map(v -> "@" + v).orElse("");
    }
}
