package dev.weft.binary.validate;

import dev.weft.binary.validate.model.AnyType;
import dev.weft.binary.validate.model.ComponentTypeDef;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.Entity;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.InstanceTypeDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import java.util.Set;

/**
 * The "named types" rule of imports and exports
 * (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#import-and-export-definitions">Explainer</a>,
 * wasmparser's {@code all_valtypes_named}): every record, variant, enum and flags type an import
 * (export) mentions, and every resource behind an own/borrow, must itself have been imported
 * (exported) earlier, by identity; anonymous types (tuple, list, option, result, ...) are looked through.
 */
final class NamedTypes {
    private NamedTypes() {}

    static boolean allValtypesNamed(AnyType t, Set<AnyType> set) {
        return switch (t) {
            case ResourceRef r -> true;
            case ComponentTypeDef c -> true;
            case DefinedType d -> inDefined(d, set);
            case FuncDef f -> inFunc(f, set);
            case InstanceTypeDef i -> inInstance(i, set);
        };
    }

    static boolean inInstance(InstanceTypeDef i, Set<AnyType> set) {
        for (Entity e : i.exports().values()) {
            boolean ok = switch (e) {
                case Entity.Module m -> true;
                case Entity.Component c -> true;
                case Entity.Func f -> inFunc(f.type(), set);
                case Entity.Type ty -> allValtypesNamed(ty.created(), set);
                case Entity.Value v -> !(v.type() instanceof DefinedType d) || inDefined(d, set);
                case Entity.Instance in -> inInstance(in.type(), set);
            };
            if (!ok) return false;
        }
        return true;
    }

    static boolean inFunc(FuncDef f, Set<AnyType> set) {
        for (Def.Named p : f.params()) if (!named(p.type(), set)) return false;
        return f.result().isEmpty() || named(f.result().get(), set);
    }

    /** The components of a defined type must be named (the type itself need not be). */
    static boolean inDefined(DefinedType d, Set<AnyType> set) {
        return switch (d.def()) {
            case Def.Primitive p -> true;
            case Def.Flags f -> true;
            case Def.Enum e -> true;
            case Def.Own o -> set.contains(o.resource());
            case Def.Borrow b -> set.contains(b.resource());
            default -> parts(d.def(), set);
        };
    }

    /** Whether a valtype is named: records, variants, enums and flags must be in {@code set} themselves. */
    static boolean named(VType t, Set<AnyType> set) {
        if (!(t instanceof DefinedType d)) return true;
        return switch (d.def()) {
            case Def.Primitive p -> true;
            case Def.Flags f -> set.contains(d);
            case Def.Enum e -> set.contains(d);
            case Def.Record r -> set.contains(d);
            case Def.Variant v -> set.contains(d);
            case Def.Own o -> set.contains(o.resource());
            case Def.Borrow b -> set.contains(b.resource());
            default -> parts(d.def(), set);
        };
    }

    private static boolean parts(Def def, Set<AnyType> set) {
        return switch (def) {
            case Def.Record r -> r.fields().stream().allMatch(f -> named(f.type(), set));
            case Def.Variant v -> v.cases().stream().allMatch(c -> c.type().map(x -> named(x, set)).orElse(true));
            case Def.Tuple t -> t.types().stream().allMatch(x -> named(x, set));
            case Def.ListOf l -> named(l.element(), set);
            case Def.FixedList l -> named(l.element(), set);
            case Def.Option o -> named(o.type(), set);
            case Def.Result r -> r.ok().map(x -> named(x, set)).orElse(true) && r.err().map(x -> named(x, set)).orElse(true);
            case Def.MapOf m -> named(m.key(), set) && named(m.value(), set);
            case Def.Stream s -> s.element().map(x -> named(x, set)).orElse(true);
            case Def.Future f -> f.element().map(x -> named(x, set)).orElse(true);
            case Def.Primitive p -> true;
            case Def.Flags f -> true;
            case Def.Enum e -> true;
            case Def.Own o -> set.contains(o.resource());
            case Def.Borrow b -> set.contains(b.resource());
        };
    }
}
