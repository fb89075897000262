package dev.weft.engine;

import dev.weft.errors.WeftException;
import java.util.Optional;

/**
 * A core module could not be linked: an import is missing, has the wrong kind or type, or an
 * export asked for by name does not exist. Names the import ({@code module}, {@code name}) and,
 * when known, the type that was expected and the one that was found.
 */
public final class CoreLinkException extends WeftException {
    private final String module;
    private final String name;
    private final CoreExternType expected;
    private final CoreExternType actual;

    private CoreLinkException(String message, String module, String name,
            CoreExternType expected, CoreExternType actual) {
        super(message);
        this.module = module;
        this.name = name;
        this.expected = expected;
        this.actual = actual;
    }

    /** Nothing was supplied for the import {@code (module, name)}. */
    public static CoreLinkException missing(CoreImport imp) {
        return new CoreLinkException("unknown import: \"" + imp.module() + "\" \"" + imp.name()
                + "\" was not supplied (expected " + imp.type() + ")",
                imp.module(), imp.name(), imp.type(), null);
    }

    /** The import {@code (module, name)} was supplied with a value of an incompatible type. */
    public static CoreLinkException mismatch(CoreImport imp, CoreExternType actual) {
        return new CoreLinkException("incompatible import type for \"" + imp.module() + "\" \""
                + imp.name() + "\": expected " + imp.type() + ", found " + actual,
                imp.module(), imp.name(), imp.type(), actual);
    }

    /** The import was supplied, but with something this engine cannot link (explains why). */
    public static CoreLinkException unsupported(CoreImport imp, String why) {
        return new CoreLinkException("cannot link import \"" + imp.module() + "\" \"" + imp.name()
                + "\" " + imp.type() + ": " + why, imp.module(), imp.name(), imp.type(), null);
    }

    /** An instance has no export {@code name} of the wanted kind. */
    public static CoreLinkException noExport(String name, CoreExternKind wanted, Optional<CoreExternType> found) {
        String what = found.map(t -> "it is a " + t.kind() + ": " + t).orElse("there is no such export");
        return new CoreLinkException("core instance has no " + wanted + " export \"" + name + "\" ("
                + what + ")", "", name, null, found.orElse(null));
    }

    /** Any other link failure reported by the engine itself. */
    public static CoreLinkException other(String message) {
        return new CoreLinkException(message, "", "", null, null);
    }

    /** The import's module name ({@code ""} when not about an import). */
    public String module() {
        return module;
    }

    /** The import's or export's name. */
    public String name() {
        return name;
    }

    public Optional<CoreExternType> expected() {
        return Optional.ofNullable(expected);
    }

    public Optional<CoreExternType> actual() {
        return Optional.ofNullable(actual);
    }
}
