package dev.weft.runtime.instance;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.ast.ByteSlice;
import dev.weft.engine.CoreEngine;
import dev.weft.engine.CoreLinkException;
import dev.weft.engine.CoreModule;
import dev.weft.runtime.TestComponents;
import dev.weft.runtime.plan.ImportNode;
import dev.weft.runtime.plan.Plan;
import dev.weft.runtime.plan.Planner;
import dev.weft.runtime.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names of core instantiation are resolved once, per pre-instantiated component. */
class PreparedPlanTest {
    private final CoreEngine engine = CoreEngine.chicory();

    private static Plan plan(byte[] wasm) {
        return Planner.plan(ComponentBinary.validate(wasm));
    }

    private List<CoreModule> compile(Plan plan) {
        List<CoreModule> modules = new ArrayList<>();
        for (ByteSlice m : plan.modules()) modules.add(engine.compile(m.buffer(), m.offset(), m.length()));
        return modules;
    }

    /** The plan's function imports, each a host function doing nothing (enough for these plans: they import functions only). */
    private static ResolvedImports noOps(Plan plan) {
        List<Func> funcs = new ArrayList<>();
        for (Plan.RootImport imp : plan.imports()) {
            ImportNode.Func f = (ImportNode.Func) imp.node();
            funcs.add(new HostFunc(imp.name(), f.type(), args -> Optional.empty()));
        }
        return new ResolvedImports(funcs, List.of(), List.of(), Map.of());
    }

    @Test
    void everyCoreImportAndAliasOfKitIsResolvedToAPosition() {
        Plan plan = plan(TestComponents.bytes(TestComponents.kit()));
        PreparedPlan prepared = PreparedPlan.of(plan, compile(plan), noOps(plan));
        for (int i = 0; i < plan.steps().size(); i++) {
            switch (plan.steps().get(i)) {
                case Step.InstantiateCore s -> assertNotNull(prepared.link(i), s.toString());
                case Step.AliasCoreExport s -> assertTrue(prepared.alias(i) >= 0, s.toString());
                default -> { }
            }
        }
        assertNotNull(Instantiation.run(prepared).func(new dev.weft.runtime.plan.Slot.Func(1)));
    }

    /** A module whose import no argument has: left to the name path, which fails as the engine says. */
    @Test
    void anImportNoArgumentHasIsLeftToTheEngineToReport() {
        Plan plan = plan(TestComponents.bytes(TestComponents.greeter()));
        // (module (import "nope" "f" (func)))
        byte[] nope = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, 10, 1, 4, 'n', 'o', 'p', 'e', 1, 'f', 0, 0};
        List<CoreModule> modules = new ArrayList<>();
        for (int i = 0; i < plan.modules().size(); i++) modules.add(engine.compile(nope));
        PreparedPlan prepared = PreparedPlan.of(plan, modules, noOps(plan));
        int first = -1;
        for (int i = 0; i < plan.steps().size() && first < 0; i++) {
            if (plan.steps().get(i) instanceof Step.InstantiateCore) first = i;
        }
        assertNull(prepared.link(first));
        CoreLinkException e = assertThrows(CoreLinkException.class, () -> Instantiation.run(prepared));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
