package dev.weft.runtime;

import dev.weft.binary.ComponentBinary;
import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.validate.ValidatedComponent;
import dev.weft.engine.CoreModule;
import dev.weft.runtime.plan.Plan;
import dev.weft.runtime.plan.Planner;
import dev.weft.types.ComponentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A loaded component: decoded, validated, planned, and its core modules compiled, all once.
 * Immutable and thread-safe; instantiate it through a {@link Linker} as often as needed.
 */
public final class Component {
    private final Engine engine;
    private final ValidatedComponent validated;
    private final Plan plan;
    private final List<CoreModule> modules;

    private Component(Engine engine, ValidatedComponent validated, Plan plan, List<CoreModule> modules) {
        this.engine = engine;
        this.validated = validated;
        this.plan = plan;
        this.modules = modules;
    }

    /**
     * Loads a component from its binary.
     *
     * @throws dev.weft.errors.ComponentFormatException if the bytes are malformed or invalid (with the byte offset)
     * @throws UnsupportedFeatureException if the component uses something Weft cannot run yet
     */
    public static Component fromBytes(Engine engine, byte[] bytes) {
        Objects.requireNonNull(engine, "engine");
        ValidatedComponent validated = ComponentBinary.validate(bytes);
        Plan plan = Planner.plan(validated);
        List<CoreModule> modules = new ArrayList<>(plan.modules().size());
        for (ByteSlice m : plan.modules()) {
            modules.add(engine.compile(modules.size(), m));
        }
        return new Component(engine, validated, plan, List.copyOf(modules));
    }

    /** Loads a component from a file; see {@link #fromBytes}. */
    public static Component fromFile(Engine engine, Path path) throws IOException {
        return fromBytes(engine, Files.readAllBytes(path));
    }

    /** The component's type: its imports and exports. */
    public ComponentType type() {
        return validated.type();
    }

    public Engine engine() {
        return engine;
    }

    /** The validator's view of the component. */
    public ValidatedComponent validated() {
        return validated;
    }

    /** How the component is instantiated. */
    public Plan plan() {
        return plan;
    }

    /** The compiled core modules, indexed by {@link dev.weft.runtime.plan.Step.LoadModule#moduleId()}. */
    List<CoreModule> modules() {
        return modules;
    }

    @Override
    public String toString() {
        return "Component[imports=" + type().imports().keySet() + ", exports=" + type().exports().keySet() + "]";
    }
}
