package dev.weft.binary.validate;

import static dev.weft.binary.validate.Errors.invalid;
import static dev.weft.binary.validate.Errors.withContext;

import dev.weft.binary.ast.Section;
import dev.weft.binary.validate.model.Def;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.binary.validate.model.VType;
import java.util.ArrayList;
import java.util.List;

/**
 * 🪙 Values and the start function
 * (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#-value-definitions">Explainer: value definitions</a>,
 * <a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/Explainer.md#-start-definitions">start definitions</a>):
 * every value is used exactly once.
 */
final class Values {
    private Values() {}

    static void value(Section.Value v, ComponentState state, TypeDefinitions typeDefs, SemanticTypes semantic,
                      List<Definition> out) {
        VType type = typeDefs.valType(v.type(), v.offset());
        Idx.Value idx = new Idx.Value(state.values.size());
        state.values.add(new ComponentState.ValueSlot(type, false));
        out.add(new Definition.Value(idx, semantic.valueType(type), v.bytes()));
    }

    static void start(Section.Start s, ComponentState state, List<Definition> out) {
        long offset = s.offset();
        if (state.hasStart) throw invalid(offset, "component cannot have more than one start function");
        FuncDef ft = state.funcAt(s.funcIndex(), offset);
        if (ft.params().size() != s.args().size()) {
            throw invalid(offset, "component start function requires " + ft.params().size() + " arguments but was given " + s.args().size());
        }
        int resultCount = ft.result().isPresent() ? 1 : 0;
        if (resultCount != s.results()) {
            throw invalid(offset, "component start function has a result count of " + s.results()
                    + " but the function type has a result count of " + resultCount);
        }
        List<Idx.Value> args = new ArrayList<>();
        for (int i = 0; i < s.args().size(); i++) {
            int n = i;
            Def.Named param = ft.params().get(i);
            VType actual = state.useValue(s.args().get(i), offset);
            withContext(() -> Subtyping.valType(actual, param.type(), offset),
                    () -> "value type mismatch for component start function argument " + n);
            args.add(new Idx.Value(s.args().get(i)));
        }
        List<Idx.Value> results = new ArrayList<>();
        if (ft.result().isPresent()) {
            results.add(new Idx.Value(state.values.size()));
            state.values.add(new ComponentState.ValueSlot(ft.result().get(), false));
        }
        state.hasStart = true;
        out.add(new Definition.Start(new Idx.Func(s.funcIndex()), args, results));
    }

    /** 🪙 Every value of a component must have been used by its end. */
    static void checkAllUsed(ComponentState state, long offset) {
        for (int i = 0; i < state.values.size(); i++) {
            if (!state.values.get(i).used) {
                throw invalid(offset, "value index " + i + " was not used as part of an instantiation, start function, or export");
            }
        }
    }
}
