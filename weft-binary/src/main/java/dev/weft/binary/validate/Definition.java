package dev.weft.binary.validate;

import dev.weft.binary.ast.ByteSlice;
import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CoreModuleSummary;
import dev.weft.binary.ast.CoreValType;
import dev.weft.types.CoreFuncType;
import dev.weft.types.CoreInstanceType;
import dev.weft.types.CoreModuleType;
import dev.weft.types.ExternType;
import dev.weft.types.FuncType;
import dev.weft.types.InstanceType;
import dev.weft.types.ResourceType;
import dev.weft.types.TypeDef;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * One definition of a validated component, in definition order, with everything resolved: the
 * index it was given and the types of what it defines. Each record names the index space entries it
 * creates ({@code index}) and uses.
 */
public sealed interface Definition {

    /** {@code (core module ...)}: its bytes, the summary of its non-code sections and its type. */
    record CoreModule(Idx.CoreModule index, ByteSlice bytes, CoreModuleSummary summary, CoreModuleType type)
            implements Definition {}

    /** {@code (core instance (instantiate m (with "n" (instance i))*))}. */
    record CoreInstantiate(Idx.CoreInstance index, Idx.CoreModule module, List<CoreArg> args, CoreInstanceType type)
            implements Definition {
        public CoreInstantiate { args = List.copyOf(args); }
    }

    /** {@code (core instance (export "n" (func f))*)}. */
    record CoreInstanceFromExports(Idx.CoreInstance index, List<Item> exports, CoreInstanceType type) implements Definition {
        public CoreInstanceFromExports { exports = List.copyOf(exports); }
    }

    /** A core type definition (rec group member or module type); nothing at run time. */
    record CoreTypeDef(Idx.CoreType index) implements Definition {}

    /** A nested component. */
    record NestedComponent(Idx.Component index, ValidatedComponent component) implements Definition {}

    /** {@code (instance (instantiate c (with "n" (sort i))*))}: the instance's type has the arguments substituted. */
    record Instantiate(Idx.Instance index, Idx.Component component, List<Item> args, InstanceType type)
            implements Definition {
        public Instantiate { args = List.copyOf(args); }
    }

    /** {@code (instance (export "n" (sort i))*)}. */
    record InstanceFromExports(Idx.Instance index, List<Item> exports, InstanceType type) implements Definition {
        public InstanceFromExports { exports = List.copyOf(exports); }
    }

    /** {@code (alias export i "n" (sort))}: {@code index} is the new entry; {@code type} its type. */
    record AliasExport(Idx index, Idx.Instance instance, String name, ExternType type) implements Definition {}

    /** {@code (alias core export i "n" (sort))}. */
    record AliasCoreExport(Idx index, Idx.CoreInstance instance, String name) implements Definition {}

    /** {@code (alias outer ct i (sort))}: {@code target} indexes the space of the scope {@code count} levels out. */
    record AliasOuter(Idx index, int count, Idx target) implements Definition {}

    /** A component type definition ({@code defvaltype}, {@code functype}, component or instance type). */
    record TypeDefinition(Idx.Type index, TypeDef type) implements Definition {}

    /** {@code (type (resource (rep i32) (dtor f)?))}: a resource defined by this component. */
    record ResourceDefinition(Idx.Type index, ResourceType resource, CoreValType rep, Optional<Idx.CoreFunc> destructor)
            implements Definition {}

    /** {@code (canon lift f opts (type t))}. */
    record Lift(Idx.Func index, Idx.CoreFunc coreFunc, FuncType type, CanonOptions options) implements Definition {}

    /** {@code (canon lower f opts)}. */
    record Lower(Idx.CoreFunc index, Idx.Func func, FuncType type, CanonOptions options) implements Definition {}

    /**
     * Any other {@code canon} built-in; {@code resource} is the resource of {@code resource.*},
     * {@code type} the element type of the {@code stream.*}/{@code future.*} type, when they apply.
     */
    record Builtin(Idx.CoreFunc index, Canon canon, CoreFuncType coreType, Optional<ResourceType> resource,
                   Optional<ValueType> type, CanonOptions options) implements Definition {}

    /** 🪙 {@code (start f (value a)* (result (value r))*)}. */
    record Start(Idx.Func func, List<Idx.Value> args, List<Idx.Value> results) implements Definition {
        public Start {
            args = List.copyOf(args);
            results = List.copyOf(results);
        }
    }

    /** {@code (import "n" ...)}: {@code index} is the new entry. */
    record Import(Idx index, String name, ExternType type) implements Definition {}

    /** {@code (export "n" (sort i) ...)}: {@code target} is what is exported, {@code index} the new entry. */
    record Export(Idx index, String name, Idx target, ExternType type) implements Definition {}

    /** 🪙 {@code (value t v)}: the value's bytes, undecoded. */
    record Value(Idx.Value index, ValueType type, ByteSlice bytes) implements Definition {}

    /** A named item: an instantiation argument or inline export. */
    record Item(String name, Idx target) {}

    /** A core instantiation argument: a core instance supplying the imports of module {@code name}. */
    record CoreArg(String name, Idx.CoreInstance instance) {}
}
