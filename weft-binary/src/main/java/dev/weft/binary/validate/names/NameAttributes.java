package dev.weft.binary.validate.names;

import dev.weft.binary.ast.ExternName;
import dev.weft.binary.validate.names.ComponentName.InterfaceName;
import dev.weft.binary.validate.names.ComponentName.PlainName;
import dev.weft.errors.InvalidComponentException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Validation of the attributes of an import or export (Binary.md, 🏷️/🔗): each kind at most once;
 * {@code implements} only on instance-typed {@code plainname}s and naming an interface;
 * {@code versionsuffix} only after a {@code canonversion}, completing it to a valid semver.
 *
 * @see <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#import-and-export-definitions">Binary.md: Import and Export Definitions</a>
 */
public final class NameAttributes {
    private NameAttributes() {}

    /**
     * The checked attributes.
     *
     * @param implementsName the interface of {@code (implements "...")}
     * @param versionSuffix the {@code semversuffix} of {@code (versionsuffix "...")}
     * @param externalId the value of {@code (external-id "...")}
     * @param fullVersion the version of the interface the name (or its {@code implements}) refers to,
     *     completed by the {@code versionsuffix}: {@code a:b/c@0.2} with {@code .6} gives {@code 0.2.6}
     */
    public record Checked(Optional<InterfaceName> implementsName, Optional<String> versionSuffix,
                          Optional<String> externalId, Optional<Semver> fullVersion) {}

    private enum AttributeKind {
        IMPLEMENTS("implements"),
        VERSION_SUFFIX("versionsuffix"),
        EXTERNAL_ID("external-id");

        final String text;

        AttributeKind(String text) {
            this.text = text;
        }
    }

    /** {@link #check(ExternName, ComponentName, boolean, long, NameFeatures)} with the default features. */
    public static Checked check(ExternName extern, ComponentName name, boolean isInstanceTyped, long offset) {
        return check(extern, name, isInstanceTyped, offset, NameFeatures.DEFAULT);
    }

    /**
     * Checks the attributes of {@code extern}, whose name parsed as {@code name}; {@code isInstanceTyped}
     * says whether the import or export is an {@code instance}.
     */
    public static Checked check(ExternName extern, ComponentName name, boolean isInstanceTyped, long offset,
                                NameFeatures features) {
        Optional<String> implementsText = Optional.empty();
        Optional<String> suffix = Optional.empty();
        Optional<String> externalId = Optional.empty();
        Set<AttributeKind> seen = EnumSet.noneOf(AttributeKind.class);
        for (ExternName.Attribute attribute : extern.attributes()) {
            AttributeKind kind = switch (attribute) {
                case ExternName.Implements i -> AttributeKind.IMPLEMENTS;
                case ExternName.VersionSuffix v -> AttributeKind.VERSION_SUFFIX;
                case ExternName.ExternalId e -> AttributeKind.EXTERNAL_ID;
            };
            if (!seen.add(kind)) {
                throw new InvalidComponentException(offset, "duplicate '" + kind.text + "' option in name");
            }
            switch (attribute) {
                case ExternName.Implements i -> implementsText = Optional.of(i.interfaceName());
                case ExternName.VersionSuffix v -> suffix = Optional.of(v.suffix());
                case ExternName.ExternalId e -> externalId = Optional.of(e.id());
            }
        }
        Optional<InterfaceName> implementsName = implementsText.map(
                text -> checkImplements(text, name, isInstanceTyped, offset, features));
        Optional<InterfaceName> target = implementsName.or(() -> name instanceof InterfaceName i
                ? Optional.of(i) : Optional.empty());
        Optional<Semver> fullVersion = suffix.isPresent()
                ? Optional.of(checkVersionSuffix(suffix.get(), target, offset, features))
                : target.flatMap(InterfaceName::version);
        return new Checked(implementsName, suffix, externalId, fullVersion);
    }

    /** 🏷️ {@code implements}: a plain instance name, naming an interface. */
    private static InterfaceName checkImplements(String text, ComponentName name, boolean isInstanceTyped,
                                                 long offset, NameFeatures features) {
        if (!(name instanceof PlainName)) {
            throw new InvalidComponentException(offset, "name `" + name.raw() + "` is not valid with `implements`");
        }
        if (!isInstanceTyped) {
            throw new InvalidComponentException(offset, "only instances can have an `implements`");
        }
        ComponentName implemented;
        try {
            implemented = ComponentName.parse(text, offset, features);
        } catch (InvalidComponentException e) {
            throw new InvalidComponentException(offset, "`" + text + "` is not a valid name\n" + e.reason(), e);
        }
        return switch (implemented) {
            case InterfaceName iface -> iface;
            case PlainName plain -> throw new InvalidComponentException(
                    offset, "name `" + text + "` must be an interface");
        };
    }

    /** 🔗 {@code versionsuffix}: completes a {@code canonversion} to a valid semver. */
    private static Semver checkVersionSuffix(String suffix, Optional<InterfaceName> target, long offset,
                                             NameFeatures features) {
        if (!features.canonicalVersions()) {
            throw new InvalidComponentException(offset, "the `cm-canon-names` feature is not active");
        }
        InterfaceName iface = target.orElseThrow(() -> new InvalidComponentException(
                offset, "`versionsuffix` requires an interface name or `implements`"));
        String version = iface.versionText().orElseThrow(() -> new InvalidComponentException(
                offset, "`versionsuffix` requires `" + iface.raw() + "` to have an interface version"));
        if (!Semver.isCanonVersion(version)) {
            throw new InvalidComponentException(offset, "`versionsuffix` requires the version of `"
                    + iface.raw() + "` to be a canonical version, found `" + version + "`");
        }
        String full = version + suffix;
        return Semver.tryParse(full).orElseThrow(() -> new InvalidComponentException(
                offset, "invalid interface version: `" + full + "` is not a valid semver: "
                        + Semver.problem(full).orElseThrow()));
    }
}
