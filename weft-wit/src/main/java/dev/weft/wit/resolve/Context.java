package dev.weft.wit.resolve;

import dev.weft.wit.PackageId;
import dev.weft.wit.PackageName;
import dev.weft.wit.WitException;
import dev.weft.wit.ast.Ast;
import java.util.function.Function;

/**
 * What resolving one part of a package (a file, or a nested package block) needs: the arenas, the
 * package, its gate rules, and how paths resolve in the part's scope.
 */
record Context(ModelBuilder mb, PackageId pid, PackageName pkgName, Gates gates, Function<Ast.UsePath, Target> paths) {

    /** The interface {@code path} names (an error if it names a world). */
    Target.Iface iface(Ast.UsePath path) {
        return switch (paths.apply(path)) {
            case Target.Iface i -> i;
            case Target.World w -> throw new WitException(path.span(),
                    "`" + path.name().name() + "` is a world, not an interface");
        };
    }

    /** The world {@code path} names (an error if it names an interface). */
    Target.World world(Ast.UsePath path) {
        return switch (paths.apply(path)) {
            case Target.World w -> w;
            case Target.Iface i -> throw new WitException(path.span(),
                    "`" + path.name().name() + "` is an interface, not a world");
        };
    }
}
