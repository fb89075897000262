package dev.weft.binary.validate.names;

import dev.weft.binary.validate.names.ComponentName.InterfaceName;
import dev.weft.binary.validate.names.ComponentName.Kind;
import dev.weft.binary.validate.names.ComponentName.PlainName;
import dev.weft.errors.InvalidComponentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code externname} grammar, step by step as wasmparser's {@code ComponentNameParser} takes it,
 * so that the first error reported (and its words) agree.
 */
final class NameParser {
    private static final String CONSTRUCTOR = "[constructor]";
    private static final String METHOD = "[method]";
    private static final String STATIC = "[static]";

    private final String text;
    private final long offset;
    private final NameFeatures features;
    private int pos;

    NameParser(String text, long offset, NameFeatures features) {
        this.text = text;
        this.offset = offset;
        this.features = features;
    }

    ComponentName parse() {
        ComponentName name = name();
        if (pos < text.length()) {
            throw fail("trailing characters found: `" + rest() + "`");
        }
        if (name instanceof InterfaceName iface) {
            iface.versionText().ifPresent(this::checkVersion);
        }
        return name;
    }

    private ComponentName name() {
        if (eat(CONSTRUCTOR)) {
            String resource = kebab(takeRest());
            return new PlainName(text, Kind.CONSTRUCTOR, Optional.of(resource), resource);
        }
        if (eat(METHOD)) {
            return resourceFunc(Kind.METHOD);
        }
        if (eat(STATIC)) {
            return resourceFunc(Kind.STATIC);
        }
        if (rest().indexOf(':') >= 0) {
            return interfaceName();
        }
        return new PlainName(text, Kind.LABEL, Optional.empty(), kebab(takeRest()));
    }

    /** {@code label '.' label} after {@code [method]} or {@code [static]}. */
    private PlainName resourceFunc(Kind kind) {
        int dot = text.indexOf('.', pos);
        if (dot < 0) {
            throw fail("failed to find `.` character");
        }
        String resource = kebab(text.substring(pos, dot));
        pos = dot + 1;
        String member = kebab(takeRest());
        return new PlainName(text, kind, Optional.of(resource), member);
    }

    /** {@code namespace words projection interfaceversion?} (🪺: more namespaces and projections). */
    private InterfaceName interfaceName() {
        List<String> namespaces = new ArrayList<>();
        namespaces.add(takeLowercaseKebab());
        expect(":");
        String pkg = takeLowercaseKebab();
        while (features.nestedNames() && peek(':')) {
            expect(":");
            namespaces.add(pkg);
            pkg = takeLowercaseKebab();
        }
        if (!peek('/')) {
            throw fail("expected `/` after package name");
        }
        List<String> projections = new ArrayList<>();
        do {
            expect("/");
            projections.add(takeKebab());
        } while (features.nestedNames() && peek('/'));
        Optional<String> version = Optional.empty();
        if (eat("@")) {
            int gt = text.indexOf('>', pos);
            version = Optional.of(gt < 0 ? takeRest() : take(gt));
        }
        return new InterfaceName(text, namespaces, pkg, projections, version);
    }

    /** {@code '@' <valid semver>} or (🔗) {@code '@' <canonversion>}. */
    private void checkVersion(String version) {
        if (features.canonicalVersions() && Semver.isCanonVersion(version)) {
            return;
        }
        Semver.parse(version, offset);
    }

    /** A run of {@code [a-zA-Z0-9-]}, which must be kebab case. */
    private String takeKebab() {
        int end = pos;
        while (end < text.length() && isKebabChar(text.charAt(end))) {
            end++;
        }
        return kebab(take(end));
    }

    /** A {@code words}: kebab case without uppercase letters. */
    private String takeLowercaseKebab() {
        String words = takeKebab();
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                throw fail("character `" + c + "` is not lowercase in package name/namespace");
            }
        }
        return words;
    }

    private String kebab(String s) {
        if (!KebabNames.isLabel(s)) {
            throw fail("`" + s + "` is not in kebab case");
        }
        return s;
    }

    private void expect(String prefix) {
        if (!eat(prefix)) {
            throw fail("expected `" + prefix + "` at `" + rest() + "`");
        }
    }

    private boolean eat(String prefix) {
        if (text.startsWith(prefix, pos)) {
            pos += prefix.length();
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private String take(int end) {
        String taken = text.substring(pos, end);
        pos = end;
        return taken;
    }

    private String takeRest() {
        return take(text.length());
    }

    private String rest() {
        return text.substring(pos);
    }

    private InvalidComponentException fail(String reason) {
        return new InvalidComponentException(offset, reason);
    }

    private static boolean isKebabChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}
