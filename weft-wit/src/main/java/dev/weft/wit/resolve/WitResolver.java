package dev.weft.wit.resolve;

import dev.weft.wit.Resolve;
import dev.weft.wit.WitOptions;
import java.util.List;

/**
 * Resolves parsed WIT: groups files into packages ({@link PackageGroups}), orders packages by
 * dependency ({@link PackageOrder}), resolves each ({@link PackageResolver}) into one immutable
 * {@link Resolve}.
 */
public final class WitResolver {
    private WitResolver() {}

    public static Resolve resolve(List<SourceUnit> units, WitOptions options) {
        FeatureFilter filter = new FeatureFilter(options);
        List<SourceUnit> filtered = units.stream()
                .map(u -> new SourceUnit(u.files().stream().map(filter::file).toList(), u.root())).toList();
        ModelBuilder mb = new ModelBuilder();
        for (UnresolvedPackage p : PackageOrder.sort(PackageGroups.group(filtered))) {
            PackageResolver.resolve(mb, p);
        }
        return mb.build();
    }
}
