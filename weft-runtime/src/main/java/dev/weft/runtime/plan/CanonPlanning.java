package dev.weft.runtime.plan;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.validate.CanonOptions;
import dev.weft.binary.validate.Definition;
import dev.weft.binary.validate.Idx;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.types.FuncType;
import dev.weft.types.TypeDef;
import java.util.Optional;

/**
 * Canonical definitions: {@code canon lift}, {@code canon lower}, resource definitions and the
 * built-ins, each a step owned by the component instance of the scope it appears in.
 */
final class CanonPlanning {
    private final PlanBuilder builder;

    CanonPlanning(PlanBuilder builder) {
        this.builder = builder;
    }

    void lift(Definition.Lift l, Scope scope) {
        requireSync(l.options(), "lift", l.type());
        Slot.Func slot = builder.func();
        FuncType type = canonical(scope).func(l.type());
        builder.step(new Step.Lift(slot, coreFunc(l.coreFunc(), scope), type, options(l.options(), scope), scope.state()));
        scope.add(l.index(), new Item.Func(slot, type));
    }

    void lower(Definition.Lower l, Scope scope) {
        requireSync(l.options(), "lower", l.type());
        Item.Func func = scope.get(l.func(), Item.Func.class);
        Slot.CoreFunc slot = builder.coreFunc();
        PlanOptions options = options(l.options(), scope);
        FuncType type = canonical(scope).func(l.type());
        builder.step(new Step.Lower(slot, func.slot(), type, CoreTypes.lowered(type), options, scope.state()));
        scope.add(l.index(), new Item.CoreFunc(slot));
    }

    void resource(Definition.ResourceDefinition r, Scope scope) {
        Slot.Resource slot = builder.resource(r.resource());
        Optional<Slot.CoreFunc> dtor = r.destructor().map(d -> coreFunc(d, scope));
        builder.step(new Step.DefineResource(slot, builder.canonical(slot), dtor, scope.state()));
        scope.bindResource(r.resource(), slot);
        scope.add(r.index(), new Item.Type(new TypeDef.Resource(r.resource()), Optional.of(slot)));
    }

    void builtin(Definition.Builtin b, Scope scope) {
        Slot.CoreFunc slot = builder.coreFunc();
        builder.step(switch (b.canon()) {
            case Canon.ResourceNew r -> new Step.ResourceNew(slot, resource(b, scope), scope.state());
            case Canon.ResourceRep r -> new Step.ResourceRep(slot, resource(b, scope), scope.state());
            case Canon.ResourceDrop r when !r.async() -> new Step.ResourceDrop(slot, resource(b, scope), scope.state());
            default -> new Step.UnsupportedBuiltin(slot, b.canon(), CoreTypes.funcType(b.coreType()), scope.state());
        });
        scope.add(b.index(), new Item.CoreFunc(slot));
    }

    /** Rewrites the resources of {@code scope}'s types to their slots' one identity. */
    private ResourceCanonicalizer canonical(Scope scope) {
        return new ResourceCanonicalizer(rt -> scope.resourceIfBound(rt).map(builder::canonical).orElse(rt));
    }

    /** The async ABI is not supported yet: say so when the component is loaded, not when it is called. */
    private static void requireSync(CanonOptions options, String what, FuncType type) {
        if (options.async()) {
            throw new UnsupportedFeatureException("async", "the async ABI (`canon " + what + "` of " + type.wit()
                    + " with the `async` option) is not supported yet");
        }
    }

    private static Slot.Resource resource(Definition.Builtin b, Scope scope) {
        return scope.resource(b.resource().orElseThrow(() -> new AssertionError("resource built-in without a resource")));
    }

    private static Slot.CoreFunc coreFunc(Idx.CoreFunc idx, Scope scope) {
        return scope.get(idx, Item.CoreFunc.class).slot();
    }

    static PlanOptions options(CanonOptions o, Scope scope) {
        return new PlanOptions(o.stringEncoding(),
                o.memory().map(m -> scope.get(m, Item.CoreMemory.class).slot()),
                o.realloc().map(f -> coreFunc(f, scope)),
                o.postReturn().map(f -> coreFunc(f, scope)),
                o.async(),
                o.callback().map(f -> coreFunc(f, scope)));
    }
}
