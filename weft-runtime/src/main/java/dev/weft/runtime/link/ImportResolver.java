package dev.weft.runtime.link;

import dev.weft.engine.CoreModule;
import dev.weft.runtime.UnlinkableException;
import dev.weft.runtime.instance.Func;
import dev.weft.runtime.instance.HostFunc;
import dev.weft.runtime.instance.ResolvedImports;
import dev.weft.runtime.instance.TrapFunc;
import dev.weft.runtime.plan.ImportNode;
import dev.weft.runtime.plan.Plan;
import dev.weft.runtime.plan.ResourceCanonicalizer;
import dev.weft.runtime.plan.Step;
import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.types.CoreModuleType;
import dev.weft.types.FuncType;
import dev.weft.types.ResourceType;
import dev.weft.types.TypeDef;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the imports of a plan against a linker's definitions, once: every leaf gets its run-time
 * value, every definition is type-checked, and the first problem is an {@link UnlinkableException}
 * naming the import. Import paths read {@code name} for a root import and {@code name#export} (then
 * {@code /export}) inside instances.
 *
 * <p>An imported resource type becomes the run-time type supplied for it (a host's, or another
 * instance's), so the function types that mention it are rewritten here, once: those of imported
 * host functions and those of the plan's lifts and lowers ({@link ResolvedImports#types()}).
 */
public final class ImportResolver {
    private final Func[] funcs;
    private final CoreModule[] modules;
    private final ResourceDefinition[] resources;
    private final Map<ResourceType, ResourceType> bound = new IdentityHashMap<>();
    /** The entries of {@code bound} whose run-time type differs from the plan's. */
    private final Map<ResourceType, ResourceType> renamed = new IdentityHashMap<>();
    private final ResourceCanonicalizer renaming = new ResourceCanonicalizer(rt -> renamed.getOrDefault(rt, rt));
    private final TypeMatching types = new TypeMatching(bound);

    private ImportResolver(Plan.LeafCounts leaves) {
        funcs = new Func[leaves.funcs()];
        modules = new CoreModule[leaves.modules()];
        resources = new ResourceDefinition[leaves.resources()];
    }

    /**
     * Resolves the imports of {@code plan} against {@code definitions} (root names; versioned
     * interface names match semver-compatibly, see {@link VersionedNames}).
     *
     * @throws UnlinkableException naming the first import that is missing or does not fit
     */
    public static ResolvedImports resolve(Plan plan, Map<String, LinkDefinition> definitions) {
        ImportResolver r = new ImportResolver(plan.leaves());
        for (Plan.RootImport imp : plan.imports()) {
            Optional<String> key = VersionedNames.find(definitions, imp.name());
            if (key.isPresent()) r.node(imp.name(), imp.name(), imp.node(), definitions.get(key.get()));
            else if (!(imp.node() instanceof ImportNode.Type)) {
                throw UnlinkableException.missing(imp.name(), imp.name());
            }
        }
        return new ResolvedImports(Arrays.asList(r.funcs), Arrays.asList(r.modules), Arrays.asList(r.resources),
                r.stepTypes(plan));
    }

    /** The lift and lower types of {@code plan} that mention an imported resource, with its run-time identity. */
    private Map<FuncType, FuncType> stepTypes(Plan plan) {
        Map<FuncType, FuncType> out = new IdentityHashMap<>();
        if (renamed.isEmpty()) return out;
        for (Step step : plan.steps()) {
            FuncType type = switch (step) {
                case Step.Lift l -> l.type();
                case Step.Lower l -> l.type();
                default -> null;
            };
            if (type != null && !out.containsKey(type)) {
                FuncType runtime = runtime(type);
                if (runtime != type) out.put(type, runtime);
            }
        }
        return out;
    }

    /** {@code type} with every imported resource resolved so far replaced by its run-time type. */
    private FuncType runtime(FuncType type) {
        return renamed.isEmpty() ? type : renaming.func(type);
    }

    private void node(String root, String path, ImportNode node, LinkDefinition def) {
        switch (node) {
            case ImportNode.Func f -> funcs[f.leaf()] = func(root, path, f.type(), def);
            case ImportNode.CoreModule m -> modules[m.leaf()] = module(root, path, m.type(), def);
            case ImportNode.Resource r -> resources[r.leaf()] = resource(root, path, r.type(), def);
            case ImportNode.Type t -> typeExport(root, path, t, def);
            case ImportNode.Instance i -> instance(root, path, i, def);
        }
    }

    private Func func(String root, String path, FuncType type, LinkDefinition def) {
        return switch (def) {
            case LinkDefinition.HostFunc h -> {
                if (h.declared().isPresent() && !types.func(type, h.declared().get())) throw wrongType(root, path, type.wit(), def);
                yield h.body() != null ? new HostFunc(path, runtime(type), h.body())
                        : new HostFunc(path, runtime(type), h.callerBody());
            }
            case LinkDefinition.InstanceFunc f -> {
                if (!types.func(type, f.func().type())) throw wrongType(root, path, type.wit(), def);
                yield f.func();
            }
            case LinkDefinition.Traps t -> new TrapFunc(path, runtime(type));
            default -> throw wrongType(root, path, type.wit(), def);
        };
    }

    private CoreModule module(String root, String path, CoreModuleType type, LinkDefinition def) {
        if (def instanceof LinkDefinition.Module m) {
            Optional<String> problem = ModuleMatching.problem(m.module(), type);
            if (problem.isPresent()) {
                throw new UnlinkableException(root, path, UnlinkableException.Reason.WRONG_TYPE,
                        "import `" + path + "` has the wrong type: " + problem.get());
            }
            return m.module();
        }
        throw wrongType(root, path, "core module", def);
    }

    private ResourceDefinition resource(String root, String path, ResourceType type, LinkDefinition def) {
        ResourceDefinition d = switch (def) {
            case LinkDefinition.Resource r -> r.definition();
            case LinkDefinition.Traps t -> ResourceDefinition.host(type);
            default -> throw wrongType(root, path, "resource", def);
        };
        bound.put(type, d.type());
        if (d.type() != type) renamed.put(type, d.type());
        return d;
    }

    /**
     * A type export of an imported instance needs no definition (as in Wasmtime: value types, and
     * resources declared equal to an earlier one); one that is given must fit.
     */
    private void instance(String root, String path, ImportNode.Instance node, LinkDefinition def) {
        for (var e : node.exports().entrySet()) {
            String exportPath = path + (path.equals(root) ? "#" : "/") + e.getKey();
            Optional<LinkDefinition> export = exportOf(root, path, e.getKey(), def);
            if (export.isPresent()) node(root, exportPath, e.getValue(), export.get());
            else if (!(e.getValue() instanceof ImportNode.Type)) {
                throw UnlinkableException.missing(root, exportPath);
            }
        }
    }

    /** A definition given for a type that needs none: a resource declared equal to another must be that one. */
    private void typeExport(String root, String path, ImportNode.Type node, LinkDefinition def) {
        if (!(node.type() instanceof TypeDef.Resource r) || def instanceof LinkDefinition.Traps) return;
        ResourceType expected = bound.get(r.resource());
        if (expected == null) return;
        if (!(def instanceof LinkDefinition.Resource d)) throw wrongType(root, path, "resource", def);
        if (d.definition().type() != expected) {
            throw new UnlinkableException(root, path, UnlinkableException.Reason.WRONG_TYPE,
                    "import `" + path + "` has the wrong type: expected the resource type"
                    + " it is declared equal to, found another resource type");
        }
    }

    /** Export {@code name} of what was defined for the instance import {@code path}. */
    private static Optional<LinkDefinition> exportOf(String root, String path, String name, LinkDefinition def) {
        return switch (def) {
            case LinkDefinition.HostInstance h -> Optional.ofNullable(h.exports().get(name));
            case LinkDefinition.ComponentExports c -> Optional.ofNullable(c.exports().get(name))
                    .map(item -> InstanceExports.definition(item, c.frame()));
            case LinkDefinition.Traps t -> Optional.of(t);
            default -> throw wrongType(root, path, "instance", def);
        };
    }

    private static UnlinkableException wrongType(String root, String path, String expected, LinkDefinition found) {
        String kind = LinkDefinition.kind(found);
        return new UnlinkableException(root, path, UnlinkableException.Reason.WRONG_TYPE,
                "import `" + path + "` has the wrong type: expected " + expected
                + ", found " + kind + (kind.equals(expected) ? " (another resource type of the same name)" : ""));
    }
}
