package dev.weft.runtime.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ComponentBinary;
import dev.weft.runtime.TestComponents;
import dev.weft.runtime.UnsupportedFeatureException;
import dev.weft.runtime.canon.CanonLower;
import dev.weft.runtime.canon.CanonOptions;
import dev.weft.types.OwnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static Plan plan(byte[] bytes) {
        return Planner.plan(ComponentBinary.validate(bytes));
    }

    private static <T extends Step> List<T> steps(Plan plan, Class<T> kind) {
        return plan.steps().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void greeterIsOneInstanceWithTwoModulesOneImportAndOneExportedInstance() {
        Plan plan = plan(TestComponents.bytes(TestComponents.greeter()));
        assertEquals(2, plan.modules().size());
        assertEquals(List.of(new Plan.StateInfo(-1, "root", 0, plan.steps().size())), plan.states());
        assertEquals(List.of("log"), plan.imports().stream().map(Plan.RootImport::name).toList());
        assertInstanceOf(ImportNode.Func.class, plan.imports().getFirst().node());
        Item.Instance api = assertInstanceOf(Item.Instance.class, plan.exports().get("example:greeter/api"));
        assertEquals(List.of("add", "greet"), List.copyOf(api.exports().keySet()));
        assertEquals(new Plan.LeafCounts(1, 0, 0), plan.leaves());
        assertEquals(2, steps(plan, Step.Lift.class).size());
        assertEquals(1, steps(plan, Step.Lower.class).size());
    }

    @Test
    void anAliasOfAnInlineExportInstanceIsResolvedAtPlanTime() {
        Plan plan = plan(TestComponents.bytes(TestComponents.greeter()));
        // (with "host" (instance (export "log" (func $log_lowered)))) builds a core instance at run
        // time, but nothing aliases out of it with a step: only real instances are looked up by name.
        for (Step.AliasCoreExport a : steps(plan, Step.AliasCoreExport.class)) {
            assertTrue(steps(plan, Step.InstantiateCore.class).stream().anyMatch(i -> i.instance().equals(a.instance())), a.toString());
        }
    }

    @Test
    void nestedInstancesAreInlinedWithTheirOwnStateAndShareTheirModule() {
        Plan plan = plan(TestComponents.resource("nested.wasm"));
        assertEquals(1, plan.modules().size(), "the outer-aliased module is compiled once");
        assertEquals(3, plan.states().size());
        Plan.StateInfo a = plan.states().get(1);
        Plan.StateInfo b = plan.states().get(2);
        assertEquals(0, a.parent());
        assertEquals(0, b.parent());
        assertTrue(a.endStep() <= b.firstStep());
        List<Step.Lift> lifts = steps(plan, Step.Lift.class);
        assertEquals(List.of(new Slot.State(1), new Slot.State(2)), lifts.stream().map(Step.Lift::state).toList());
        assertEquals(2, steps(plan, Step.InstantiateCore.class).size());
        Item.Func bumpA = assertInstanceOf(Item.Func.class, plan.exports().get("bump-a"));
        Item.Func bumpB = assertInstanceOf(Item.Func.class, plan.exports().get("bump-b"));
        assertNotEquals(bumpA.slot(), bumpB.slot());
        Item.Instance b2 = assertInstanceOf(Item.Instance.class, plan.exports().get("b"));
        assertEquals(bumpB, b2.exports().get("bump"));
        // both children lower the one imported function
        assertEquals(List.of(new Slot.Func(0), new Slot.Func(0)), steps(plan, Step.Lower.class).stream().map(Step.Lower::func).toList());
    }

    @Test
    void resourceBuiltinsUseTheSlotOfTheirDefinition() {
        Plan plan = plan(TestComponents.resource("resources.wasm"));
        Step.DefineResource def = steps(plan, Step.DefineResource.class).getFirst();
        assertTrue(def.destructor().isPresent());
        assertEquals(def.resource(), steps(plan, Step.ResourceNew.class).getFirst().resource());
        assertEquals(def.resource(), steps(plan, Step.ResourceRep.class).getFirst().resource());
        assertEquals(def.resource(), steps(plan, Step.ResourceDrop.class).getFirst().resource());
        Item.Type counter = assertInstanceOf(Item.Type.class, plan.exports().get("counter"));
        assertEquals(def.resource(), counter.resource().orElseThrow());
    }

    @Test
    void aNestedComponentInstantiatedTwiceGivesEachResourceSlotItsOwnIdentity() {
        Plan plan = plan(TestComponents.resource("nested-twice.wasm"));
        List<Step.DefineResource> defs = steps(plan, Step.DefineResource.class);
        assertEquals(2, defs.size());
        assertNotEquals(defs.get(0).resource(), defs.get(1).resource());
        assertNotSame(defs.get(0).type(), defs.get(1).type());
        List<Step.Lift> lifts = steps(plan, Step.Lift.class);
        assertSame(defs.get(0).type(), ((OwnType) lifts.get(0).type().result().orElseThrow()).resource());
        assertSame(defs.get(1).type(), ((OwnType) lifts.get(2).type().result().orElseThrow()).resource());
    }

    @Test
    void aCoreTagAliasGetsATagSlot() {
        Plan plan = plan(TestComponents.resource("tags.wasm"));
        Step.AliasCoreExport alias = steps(plan, Step.AliasCoreExport.class).stream()
                .filter(a -> a.target() instanceof Slot.CoreTag).findFirst().orElseThrow();
        assertEquals("t", alias.name());
        assertEquals(1, plan.slots().coreTags());
        Step.CoreInstanceFromExports syn = steps(plan, Step.CoreInstanceFromExports.class).getFirst();
        assertEquals(List.of(new Step.CoreExport("t", alias.target())), syn.exports());
    }

    @Test
    void importedCoreModulesAndVersionedInstancesAreLeaves() {
        Plan modules = plan(TestComponents.resource("module-import.wasm"));
        assertEquals(new Plan.LeafCounts(0, 1, 0), modules.leaves());
        assertEquals(0, modules.modules().size());
        Plan versioned = plan(TestComponents.resource("versioned.wasm"));
        ImportNode.Instance env = assertInstanceOf(ImportNode.Instance.class, versioned.imports().getFirst().node());
        assertInstanceOf(ImportNode.Func.class, env.exports().get("get-value"));
    }

    @Test
    void kitPlansAsOneFlatList() {
        Plan plan = plan(TestComponents.bytes(TestComponents.kit()));
        assertTrue(plan.exports().containsKey("bench:kit/api"));
        assertEquals(7, steps(plan, Step.Lift.class).size());
    }

    @Test
    void componentImportsAreReportedAsUnsupported() {
        byte[] wasm = TestComponents.resource("component-import.wasm");
        var e = assertThrows(UnsupportedFeatureException.class, () -> plan(wasm));
        assertTrue(e.getMessage().contains("importing a component (`c`) is not supported yet"), e.getMessage());
        assertEquals("component-import", e.feature());
    }

    /** The core type of a lower is computed at plan time; it must be the canon package's. */
    @Test
    void aLowersCoreTypeIsTheCanonicalOne() {
        for (byte[] wasm : List.of(TestComponents.bytes(TestComponents.greeter()), TestComponents.resource("resources.wasm"),
                TestComponents.resource("consumer-resources.wasm"), TestComponents.resource("nested.wasm"),
                TestComponents.bytes(TestComponents.kit()))) {
            for (Step.Lower lower : steps(plan(wasm), Step.Lower.class)) {
                assertEquals(CanonLower.coreFuncType(lower.type(), CanonOptions.NONE), lower.coreType(), lower.toString());
            }
        }
    }
}
