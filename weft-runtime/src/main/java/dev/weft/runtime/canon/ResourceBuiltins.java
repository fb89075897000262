package dev.weft.runtime.canon;

import dev.weft.engine.CoreFuncType;
import dev.weft.engine.CoreFunction;
import dev.weft.engine.CoreHostFunction;
import dev.weft.engine.CoreValType;
import dev.weft.runtime.Trap;
import dev.weft.runtime.resource.HandleElement;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.runtime.resource.ResourceRep;
import dev.weft.types.ResourceType;
import java.util.List;

/**
 * The resource built-ins
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-resourcenew">{@code canon resource.new}</a>,
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-resourcedrop">{@code resource.drop}</a> and
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#canon-resourcerep">{@code resource.rep}</a>
 * as core host functions of the instance {@code inst} they are defined in, and as the spec's
 * functions ({@code canonResourceNew}, ...) they call.
 */
public final class ResourceBuiltins {
    private static final CoreFuncType I32_TO_I32 = CoreFuncType.of(List.of(CoreValType.I32), List.of(CoreValType.I32));
    private static final CoreFuncType I32_TO_NONE = CoreFuncType.of(List.of(CoreValType.I32), List.of());

    private ResourceBuiltins() {}

    /** {@code (canon resource.new $rt)}: {@code (func (param i32) (result i32))}; {@code rt} is defined by {@code inst}. */
    public static CoreHostFunction resourceNew(ComponentInstanceState inst, ResourceType rt) {
        ResourceDefinition definition = inst.resourceDefinition(rt);
        return args -> new long[] {canonResourceNew(inst, definition, (int) args[0])};
    }

    /** {@code (canon resource.drop $rt)}: {@code (func (param i32))}. */
    public static CoreHostFunction resourceDrop(ComponentInstanceState inst, ResourceType rt) {
        return args -> {
            canonResourceDrop(inst, rt, (int) args[0]);
            return CoreFunction.NO_VALUES;
        };
    }

    /** {@code (canon resource.rep $rt)}: {@code (func (param i32) (result i32))}; {@code rt} is defined by {@code inst}. */
    public static CoreHostFunction resourceRep(ComponentInstanceState inst, ResourceType rt) {
        inst.resourceDefinition(rt);
        return args -> new long[] {Integer.toUnsignedLong(canonResourceRep(inst, rt, (int) args[0]))};
    }

    /** The core type of {@code resource.new} and {@code resource.rep}: {@code (func (param i32) (result i32))}. */
    public static CoreFuncType resourceNewType() {
        return I32_TO_I32;
    }

    /** The core type of {@code resource.rep}. */
    public static CoreFuncType resourceRepType() {
        return I32_TO_I32;
    }

    /** The core type of {@code resource.drop}: {@code (func (param i32))}. */
    public static CoreFuncType resourceDropType() {
        return I32_TO_NONE;
    }

    /** {@code canon_resource_new(rt, rep)}: a new owning handle to {@code rep} in {@code inst}'s table. */
    public static int canonResourceNew(ComponentInstanceState inst, ResourceDefinition rt, int rep) {
        inst.checkMayLeave();
        return inst.handles().add(HandleElement.own(rt.rep(rep)));
    }

    /**
     * {@code canon_resource_drop(rt, i)}: removes handle {@code i}; for an owning handle, runs the
     * destructor as a call into the defining instance; for a borrow, ends the borrow.
     */
    public static void canonResourceDrop(ComponentInstanceState inst, ResourceType rt, int i) {
        inst.checkMayLeave();
        HandleElement h = HandleElement.check(inst.handles().remove(i), i, rt);
        if (h.numLends() != 0) throw new Trap("cannot remove owned resource while borrowed");
        if (h.own()) {
            assert h.borrowScope() == null;
            h.rep().definition().destroy(h.rep(), inst);
        } else {
            h.borrowScope().dropped();
        }
    }

    /** {@code canon_resource_rep(rt, i)}: the representation behind handle {@code i}. */
    public static int canonResourceRep(ComponentInstanceState inst, ResourceType rt, int i) {
        HandleElement h = HandleElement.check(inst.handles().get(i), i, rt);
        if (!(h.rep() instanceof ResourceRep.Guest g)) throw new AssertionError("resource.rep of a host resource");
        return g.rep();
    }
}
