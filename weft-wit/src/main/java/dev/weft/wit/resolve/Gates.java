package dev.weft.wit.resolve;

import dev.weft.wit.PackageName;
import dev.weft.wit.Span;
import dev.weft.wit.Stability;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;

/**
 * The rules for feature gates of WIT.md "Rules for feature gate usage", within one package:
 * <ul>
 * <li>a package with gates must have a version;</li>
 * <li>an item contained by a gated item is gated at least as strictly;</li>
 * <li>an item that refers to a gated item of the same package is gated at least as strictly.</li>
 * </ul>
 * "At least as strictly" as {@code @since(version = v)}: {@code @since} a version {@code >= v},
 * or {@code @unstable}; as {@code @unstable(feature = f)}: {@code @unstable(feature = f)}.
 * Gates of other packages do not constrain this one (it chose a version of them).
 */
final class Gates {
    private final PackageName pkg;

    Gates(PackageName pkg) {
        this.pkg = pkg;
    }

    /** Whether an item gated by {@code item} may be inside, or refer to, one gated by {@code target}. */
    static boolean covers(Stability item, Stability target) {
        return switch (target) {
            case Stability.Unknown u -> true;
            case Stability.Stable t -> switch (item) {
                case Stability.Stable s -> s.since().compareTo(t.since()) >= 0;
                case Stability.Unstable s -> true;
                case Stability.Unknown s -> false;
            };
            case Stability.Unstable t -> item instanceof Stability.Unstable s && s.feature().equals(t.feature());
        };
    }

    /** Checks an item's own gate, and that it is at least as strict as its container's. */
    void item(Ast.Attrs attrs, String what, Span where, Stability container, String containerWhat) {
        if (attrs.stability().isGated() && pkg.version().isEmpty()) {
            throw new WitException(attrs.gateSpan().orElse(where), "package `" + pkg
                    + "` has no version, so its items cannot have feature gates (write `package " + pkg + "@x.y.z;`)");
        }
        if (covers(attrs.stability(), container)) return;
        String gate = container.wit();
        if (!attrs.stability().isGated()) {
            throw new WitException(where, what + " has no feature gate, but it is inside " + containerWhat
                    + ", which is gated by `" + gate + "`");
        }
        throw new WitException(attrs.gateSpan().orElse(where), what + " is gated by `" + attrs.stability().wit()
                + "`, which is weaker than `" + gate + "` on " + containerWhat + " around it");
    }

    /** Checks that {@code referrer} (gated by {@code gate}) may refer to {@code target}. */
    static void reference(Stability gate, String referrer, Stability target, String targetWhat, Span span) {
        if (covers(gate, target)) return;
        throw new WitException(span, referrer + " refers to " + targetWhat + ", which is gated by `" + target.wit()
                + "`, so " + referrer + " must be gated at least as strictly (it is "
                + (gate.isGated() ? "gated by `" + gate.wit() + "`" : "not gated") + ")");
    }

}
