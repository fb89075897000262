package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;

import dev.weft.abi.ElementSize;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.DefType;
import dev.weft.binary.ast.DefValType;
import dev.weft.binary.ast.PrimValType;
import dev.weft.binary.ast.ValType;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.DefinedType;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.ResourceRef;
import dev.weft.binary.validate.model.VType;
import dev.weft.binary.validate.names.LabelKind;
import dev.weft.binary.validate.names.LabelSet;
import dev.weft.types.PrimitiveType;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Type definitions of a scope (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#type-definitions">Explainer: type definitions</a>):
 * {@code defvaltype}, {@code functype} and {@code resourcetype}. Component and instance types, which
 * open scopes of their own, are {@link ComponentTypes}.
 */
final class TypeDefinitions {
    /** wasmparser's {@code MAX_WASM_COMPONENT_TYPE_DEPTH}: nesting of defined value types. */
    static final int MAX_TYPE_DEPTH = 100;
    /** wasmparser's {@code MAX_WASM_TYPE_SIZE}: nodes of a type written out as a tree. */
    static final long MAX_TYPE_SIZE = 1_000_000;

    private final Scopes scopes;
    private final SemanticTypes semantic;

    TypeDefinitions(Scopes scopes, SemanticTypes semantic) {
        this.scopes = scopes;
        this.semantic = semantic;
    }

    // ---- defvaltype ----

    DefinedType definedType(DefValType t, long offset) {
        Def def = switch (t) {
            case PrimValType p -> new Def.Primitive(primitive(p));
            case DefValType.Record r -> record(r, offset);
            case DefValType.Variant v -> variant(v, offset);
            case DefValType.ListOf l -> new Def.ListOf(valType(l.element(), offset));
            case DefValType.FixedList l -> fixedList(l, offset);
            case DefValType.Tuple tu -> tuple(tu, offset);
            case DefValType.Flags f -> flags(f, offset);
            case DefValType.Enum e -> enumType(e, offset);
            case DefValType.Option o -> new Def.Option(valType(o.type(), offset));
            case DefValType.Result r -> new Def.Result(optional(r.ok(), offset), optional(r.err(), offset));
            case DefValType.Own o -> new Def.Own(current().resourceAt(o.typeIndex(), offset));
            case DefValType.Borrow b -> new Def.Borrow(current().resourceAt(b.typeIndex(), offset));
            case DefValType.Future f -> new Def.Future(optional(f.element(), offset));
            case DefValType.Stream s -> stream(s, offset);
            case DefValType.MapOf m -> new Def.MapOf(valType(m.key(), offset), valType(m.value(), offset));
        };
        DefinedType result = new DefinedType(def);
        if (result.depth() > MAX_TYPE_DEPTH) throw invalid(offset, "type nesting is too deep");
        checkSize(result.size(), offset);
        if (!ElementSize.withinLimit(semantic.valueType(result))) {
            throw invalid(offset, "value type exceeds maximum byte size");
        }
        return result;
    }

    private Def record(DefValType.Record r, long offset) {
        if (r.fields().isEmpty()) throw invalid(offset, "record type must have at least one field");
        LabelSet labels = new LabelSet(LabelKind.RECORD_FIELD);
        List<Def.Named> fields = new ArrayList<>();
        for (DefValType.Field f : r.fields()) {
            labels.add(f.label(), offset);
            fields.add(new Def.Named(f.label(), valType(f.type(), offset)));
        }
        return new Def.Record(fields);
    }

    private Def variant(DefValType.Variant v, long offset) {
        if (v.cases().isEmpty()) throw invalid(offset, "variant type must have at least one case");
        LabelSet labels = new LabelSet(LabelKind.VARIANT_CASE);
        List<Def.CaseDef> cases = new ArrayList<>();
        for (DefValType.Case c : v.cases()) {
            labels.add(c.label(), offset);
            cases.add(new Def.CaseDef(c.label(), optional(c.type(), offset)));
        }
        return new Def.Variant(cases);
    }

    private Def fixedList(DefValType.FixedList l, long offset) {
        if (l.length() < 1) throw invalid(offset, "Fixed-length lists must have more than zero elements");
        return new Def.FixedList(valType(l.element(), offset), l.length());
    }

    private Def tuple(DefValType.Tuple t, long offset) {
        if (t.types().isEmpty()) throw invalid(offset, "tuple type must have at least one type");
        List<VType> types = new ArrayList<>();
        for (ValType x : t.types()) types.add(valType(x, offset));
        return new Def.Tuple(types);
    }

    private Def flags(DefValType.Flags f, long offset) {
        if (f.labels().isEmpty()) throw invalid(offset, "flags must have at least one entry");
        if (f.labels().size() > 32) throw invalid(offset, "cannot have more than 32 flags");
        LabelSet labels = new LabelSet(LabelKind.FLAG);
        for (String l : f.labels()) labels.add(l, offset);
        return new Def.Flags(f.labels());
    }

    private Def enumType(DefValType.Enum e, long offset) {
        if (e.labels().isEmpty()) throw invalid(offset, "enum type must have at least one variant");
        LabelSet labels = new LabelSet(LabelKind.ENUM_TAG);
        for (String l : e.labels()) labels.add(l, offset);
        return new Def.Enum(e.labels());
    }

    private Def stream(DefValType.Stream s, long offset) {
        Optional<VType> element = optional(s.element(), offset);
        if (element.isPresent() && isChar(element.get())) {
            throw invalid(offset, "`stream<char>` is not valid at this time, use `stream<u8>` with a defined by encoding instead for now");
        }
        return new Def.Stream(element);
    }

    private static boolean isChar(VType t) {
        return switch (t) {
            case VType.Prim p -> p.type() == PrimitiveType.CHAR;
            case DefinedType d -> d.def() instanceof Def.Primitive p && p.type() == PrimitiveType.CHAR;
        };
    }

    /** A {@code valtype}: an inline primitive, or a type index that must name a defined value type. */
    VType valType(ValType t, long offset) {
        return valType(current(), t, offset);
    }

    /** {@link #valType(ValType, long)} in the scope {@code state}. */
    static VType valType(ComponentState state, ValType t, long offset) {
        return switch (t) {
            case PrimValType p -> VType.Prim.of(primitive(p));
            case ValType.Ref r -> state.definedTypeAt(r.typeIndex(), offset);
        };
    }

    private Optional<VType> optional(Optional<ValType> t, long offset) {
        return t.isEmpty() ? Optional.empty() : Optional.of(valType(t.get(), offset));
    }

    /** "effective type size exceeds the limit of 1000000" (bounds the cost of every later walk over a type). */
    static void checkSize(long size, long offset) {
        if (size > MAX_TYPE_SIZE) throw invalid(offset, "effective type size exceeds the limit of " + MAX_TYPE_SIZE);
    }

    static PrimitiveType primitive(PrimValType p) {
        return PrimitiveType.valueOf(p.name());
    }

    // ---- functype ----

    FuncDef funcType(DefType.Func f, long offset) {
        LabelSet labels = new LabelSet(LabelKind.FUNCTION_PARAMETER);
        List<Def.Named> params = new ArrayList<>();
        for (DefValType.Field p : f.params()) {
            labels.add(p.label(), offset);
            params.add(new Def.Named(p.label(), valType(p.type(), offset)));
        }
        Optional<VType> result = optional(f.result(), offset);
        if (result.isPresent() && containsBorrow(result.get())) {
            throw invalid(offset, "function result cannot contain a `borrow` type");
        }
        FuncDef func = new FuncDef(f.async(), params, result);
        checkSize(func.size(), offset);
        return func;
    }

    static boolean containsBorrow(VType t) {
        if (!(t instanceof DefinedType d)) return false;
        return switch (d.def()) {
            case Def.Borrow b -> true;
            case Def.Primitive p -> false;
            case Def.Flags fl -> false;
            case Def.Enum e -> false;
            case Def.Own o -> false;
            case Def.Stream s -> false;
            case Def.Future fu -> false;
            case Def.Record r -> r.fields().stream().anyMatch(x -> containsBorrow(x.type()));
            case Def.Variant v -> v.cases().stream().anyMatch(c -> c.type().map(TypeDefinitions::containsBorrow).orElse(false));
            case Def.ListOf l -> containsBorrow(l.element());
            case Def.FixedList l -> containsBorrow(l.element());
            case Def.Tuple tu -> tu.types().stream().anyMatch(TypeDefinitions::containsBorrow);
            case Def.Option o -> containsBorrow(o.type());
            case Def.Result r -> r.ok().map(TypeDefinitions::containsBorrow).orElse(false)
                    || r.err().map(TypeDefinitions::containsBorrow).orElse(false);
            case Def.MapOf m -> containsBorrow(m.key()) || containsBorrow(m.value());
        };
    }

    // ---- resourcetype ----

    ResourceRef resource(DefType.Resource r, long offset) {
        ComponentState state = current();
        if (state.kind != ComponentState.Kind.COMPONENT) {
            throw invalid(offset, "resources can only be defined within a concrete component");
        }
        if (r.rep() != CoreValType.Num.I32 && r.rep() != CoreValType.Num.I64) {
            throw invalid(offset, "resources can only be represented by `i32` or `i64`");
        }
        if (r.destructor().isPresent()) {
            int dtor = r.destructor().get();
            CoreDefType.FuncType ft = state.coreFuncAt(dtor, offset);
            if (!ft.params().equals(List.of(r.rep())) || !ft.results().isEmpty()) {
                throw invalid(offset, "core function " + Integer.toUnsignedString(dtor) + " has wrong signature for a destructor");
            }
        }
        ResourceType resource = new ResourceType("resource" + state.types.size());
        state.definedResources.put(resource, Optional.of(r.rep()));
        return new ResourceRef(resource);
    }

    private ComponentState current() {
        return scopes.current();
    }
}
