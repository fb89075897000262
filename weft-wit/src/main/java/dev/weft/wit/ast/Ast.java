package dev.weft.wit.ast;

import dev.weft.wit.Docs;
import dev.weft.wit.PackageName;
import dev.weft.wit.SourceFile;
import dev.weft.wit.Span;
import dev.weft.wit.Stability;
import java.util.List;
import java.util.Optional;

/**
 * The syntax tree of a WIT file, as written (names unresolved), with a span on everything a
 * message may point at. The top of the tree is here; interface items are in {@link InterfaceItem},
 * world items in {@link WorldMember}, types in {@link TypeExpr}.
 */
public final class Ast {
    private Ast() {}

    /** An identifier (without the {@code %} of an explicit one). */
    public record Ident(String name, Span span) {}

    /**
     * What comes before an item: doc comments, the feature gate, {@code @external-id}.
     *
     * @param gateSpan the span of the gate attributes, when there are any
     */
    public record Attrs(Docs docs, Stability stability, Optional<Span> gateSpan, Optional<String> externalId,
                        Optional<Span> externalIdSpan) {
        public static Attrs of(Docs docs) {
            return new Attrs(docs, Stability.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A parsed file: an optional {@code package} header, items, and nested {@code package x { ... }} blocks. */
    public record File(SourceFile source, Optional<PackageDecl> pkg, List<PackageItem> items, List<NestedPackage> nested) {
        public File {
            items = List.copyOf(items);
            nested = List.copyOf(nested);
        }
    }

    /** {@code package ns:name@version}; {@code span} covers the name. */
    public record PackageDecl(PackageName name, Docs docs, Span span) {}

    /** {@code package ns:name { items }}; {@code body} spans the braces and what is between. */
    public record NestedPackage(PackageDecl decl, List<PackageItem> items, Span body) {
        public NestedPackage {
            items = List.copyOf(items);
        }
    }

    /** A top-level item: {@code use}, {@code interface}, {@code world}. */
    public sealed interface PackageItem {
        Ident name();
    }

    /** {@code use path (as name)?;}: {@code name} is the alias or the path's last identifier. */
    public record TopUse(UsePath path, Ident name, Span span) implements PackageItem {}

    /** {@code interface name { items }}. */
    public record InterfaceDecl(Attrs attrs, Ident name, List<InterfaceItem> items, Span span) implements PackageItem {
        public InterfaceDecl {
            items = List.copyOf(items);
        }
    }

    /** {@code world name { items }}. */
    public record WorldDecl(Attrs attrs, Ident name, List<WorldMember> items, Span span) implements PackageItem {
        public WorldDecl {
            items = List.copyOf(items);
        }
    }

    /** A reference to an interface or world: a local name, or {@code ns:pkg/name@version}. */
    public sealed interface UsePath {
        /** The interface or world name (last identifier). */
        Ident name();

        Span span();
    }

    /** {@code name}: an item of the current package or a name from a top-level {@code use}. */
    public record LocalPath(Ident name) implements UsePath {
        @Override
        public Span span() {
            return name.span();
        }
    }

    /** {@code ns:pkg/name@version}; {@code pkgSpan} covers the package name (and version). */
    public record QualifiedPath(PackageName pkg, Ident name, Span pkgSpan, Span span) implements UsePath {}

    /** {@code name (as alias)?} in {@code use path.{...}} or {@code include ... with {...}}. */
    public record UseName(Ident name, Optional<Ident> as) {
        public Ident local() {
            return as.orElse(name);
        }
    }
}
