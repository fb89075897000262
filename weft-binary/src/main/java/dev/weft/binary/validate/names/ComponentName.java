package dev.weft.binary.validate.names;

import dev.weft.errors.InvalidComponentException;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code externname}: a {@link PlainName} or an {@link InterfaceName}.
 *
 * <pre>
 * externname    ::= plainname | interfacename
 * plainname     ::= label | '[constructor]' label | '[method]' label '.' label | '[static]' label '.' label
 * interfacename ::= namespace words projection interfaceversion?
 * </pre>
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#import-and-export-definitions">Explainer: Import and Export Definitions</a>
 */
public sealed interface ComponentName permits ComponentName.PlainName, ComponentName.InterfaceName {

    /** The name as written. */
    String raw();

    /**
     * The canonical form of "Name Uniqueness": two names are strongly-unique iff their keys differ.
     * Acronyms are lowercased, {@code [method]l.l}/{@code [static]l.l} become {@code l}, and
     * annotations other than {@code [constructor]} are stripped.
     */
    String uniquenessKey();

    /** Whether this name and {@code other} are strongly-unique. */
    default boolean isStronglyUniqueFrom(ComponentName other) {
        return !uniquenessKey().equals(other.uniquenessKey());
    }

    /** Parses {@code name} with {@link NameFeatures#DEFAULT}; throws with wasmparser's bare message. */
    static ComponentName parse(String name, long offset) {
        return parse(name, offset, NameFeatures.DEFAULT);
    }

    /** Parses {@code name}, for example throwing "`aBc` is not in kebab case". */
    static ComponentName parse(String name, long offset, NameFeatures features) {
        return new NameParser(name, offset, features).parse();
    }

    /**
     * Parses the name of an import or export; failures read "import name `aBc` is not a valid extern
     * name" followed by a line with the reason ("`aBc` is not in kebab case"), as in wasmparser.
     */
    static ComponentName parseExtern(String name, ExternKind kind, long offset, NameFeatures features) {
        try {
            return parse(name, offset, features);
        } catch (InvalidComponentException e) {
            throw new InvalidComponentException(offset, kind.description() + " name `" + name
                    + "` is not a valid extern name\n" + e.reason(), e);
        }
    }

    /** {@link #parseExtern(String, ExternKind, long, NameFeatures)} with the default features. */
    static ComponentName parseExtern(String name, ExternKind kind, long offset) {
        return parseExtern(name, kind, offset, NameFeatures.DEFAULT);
    }

    /** {@link #parseExtern(String, ExternKind, long)} with {@code kind} {@code "import"}/{@code "export"}. */
    static ComponentName parseExtern(String name, String kind, long offset) {
        return parseExtern(name, ExternKind.of(kind), offset);
    }

    /** The annotation of a {@link PlainName}. */
    enum Kind {
        LABEL,
        CONSTRUCTOR,
        METHOD,
        STATIC
    }

    /**
     * A {@code plainname}.
     *
     * @param resource for {@code [constructor]r}, {@code [method]r.m} and {@code [static]r.m}: {@code r}
     * @param label the label itself; {@code r} for {@code [constructor]r}; {@code m} for
     *     {@code [method]r.m} and {@code [static]r.m}
     */
    record PlainName(String raw, Kind kind, Optional<String> resource, String label) implements ComponentName {
        public PlainName {
            assert (kind == Kind.LABEL) == resource.isEmpty() : raw;
        }

        /** The member of {@code [method]r.m} / {@code [static]r.m}: {@code m}. */
        public Optional<String> member() {
            return switch (kind) {
                case METHOD, STATIC -> Optional.of(label);
                case LABEL, CONSTRUCTOR -> Optional.empty();
            };
        }

        /** Whether this is a bare label (no annotation). */
        public boolean isLabel() {
            return kind == Kind.LABEL;
        }

        @Override
        public String uniquenessKey() {
            String l = KebabNames.lowercase(label);
            return switch (kind) {
                case LABEL -> l;
                case CONSTRUCTOR -> "[constructor]" + l;
                case METHOD, STATIC -> {
                    String r = KebabNames.lowercase(resource.orElseThrow());
                    yield r.equals(l) ? l : r + "." + l;
                }
            };
        }

        @Override
        public String toString() {
            return raw;
        }
    }

    /**
     * An {@code interfacename} such as {@code wasi:http/types@0.2.6}. Without 🪺 there is exactly one
     * namespace and one projection.
     *
     * @param versionText what follows {@code @}: a valid semver or (🔗) a {@code canonversion}
     */
    record InterfaceName(String raw, List<String> namespaces, String packageName, List<String> projections,
                         Optional<String> versionText) implements ComponentName {
        public InterfaceName {
            namespaces = List.copyOf(namespaces);
            projections = List.copyOf(projections);
        }

        /** The namespace(s): {@code wasi} in {@code wasi:http/types}, {@code a:b} in {@code a:b:c/d}. */
        public String namespace() {
            return String.join(":", namespaces);
        }

        /** The interface: {@code types} in {@code wasi:http/types}, {@code d} in {@code a:b:c/d/e}. */
        public String interfaceLabel() {
            return projections.getFirst();
        }

        /** The name without its version: {@code wasi:http/types}. */
        public String unversioned() {
            int at = raw.indexOf('@');
            return at < 0 ? raw : raw.substring(0, at);
        }

        /** The version, if it is a full semver (a bare {@code canonversion} such as {@code 0.2} is not). */
        public Optional<Semver> version() {
            return versionText.flatMap(Semver::tryParse);
        }

        /** Whether the version matches {@code canonversion}, which a {@code versionsuffix} requires. */
        public boolean hasCanonVersion() {
            return versionText.map(Semver::isCanonVersion).orElse(false);
        }

        /**
         * The 🔗 canonical name: the version cut to its {@code canonversion}
         * ({@code wasi:http/types@0.2.6 -> wasi:http/types@0.2}); unchanged when already canonical.
         */
        public String canonicalName() {
            if (hasCanonVersion()) {
                return raw;
            }
            return version().map(v -> unversioned() + "@" + v.canonVersion()).orElse(raw);
        }

        @Override
        public String uniquenessKey() {
            return KebabNames.lowercase(raw);
        }

        @Override
        public String toString() {
            return raw;
        }
    }
}
