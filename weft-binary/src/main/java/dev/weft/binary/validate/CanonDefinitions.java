package dev.weft.binary.validate;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CoreDefType;
import dev.weft.binary.ast.CoreExternType;
import dev.weft.binary.ast.CoreValType;
import dev.weft.binary.ast.ValType;
import dev.weft.binary.validate.canon.CanonContext;
import dev.weft.binary.validate.canon.CanonResult;
import dev.weft.binary.validate.canon.CanonValidator;
import dev.weft.binary.validate.model.FuncDef;
import dev.weft.types.FuncType;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.Optional;

/**
 * Canonical definitions: validated by {@link CanonValidator} against this scope's index spaces (this
 * class is its {@link CanonContext}); the function each defines is appended here.
 */
final class CanonDefinitions {
    private final Scopes scopes;
    private final SemanticTypes semantic;

    CanonDefinitions(Scopes scopes, SemanticTypes semantic) {
        this.scopes = scopes;
        this.semantic = semantic;
    }

    /** Validates {@code canon} and adds the function it defines to the func or core func index space. */
    CanonResult add(Canon canon) {
        ComponentState state = scopes.current();
        CanonResult result = CanonValidator.validate(canon, new Context(state));
        switch (result) {
            case CanonResult.LiftedFunc f -> {
                Canon.Lift lift = (Canon.Lift) canon;
                state.funcs.add(state.funcTypeAt(lift.typeIndex(), canon.offset()));
            }
            case CanonResult.CoreFunc f -> state.coreFuncs.add(f.type());
        }
        if (canon instanceof Canon.ContextGet g && state.contextType.isEmpty()) state.contextType = Optional.of(g.type());
        if (canon instanceof Canon.ContextSet s && state.contextType.isEmpty()) state.contextType = Optional.of(s.type());
        return result;
    }

    /** The semantic type of component function {@code funcIndex} of the current scope. */
    FuncType funcType(int funcIndex, long offset) {
        return semantic.funcType(scopes.current().funcAt(funcIndex, offset));
    }

    /** The index spaces of one scope, as {@link CanonValidator} sees them. */
    private final class Context implements CanonContext {
        private final ComponentState state;

        Context(ComponentState state) {
            this.state = state;
        }

        @Override
        public CoreDefType.FuncType coreFunc(int coreFuncIndex, int offset) {
            return state.coreFuncAt(coreFuncIndex, offset);
        }

        @Override
        public CoreExternType.Memory coreMemory(int memoryIndex, int offset) {
            return state.memoryAt(memoryIndex, offset);
        }

        @Override
        public CoreExternType.Table coreTable(int tableIndex, int offset) {
            return state.tableAt(tableIndex, offset);
        }

        @Override
        public CoreDefType.FuncType coreFuncTypeAt(int coreTypeIndex, int offset) {
            return state.coreFuncTypeAt(coreTypeIndex, offset);
        }

        @Override
        public FuncType func(int funcIndex, int offset) {
            return semantic.funcType(state.funcAt(funcIndex, offset));
        }

        @Override
        public FuncType funcTypeAt(int typeIndex, int offset) {
            FuncDef f = state.funcTypeAt(typeIndex, offset);
            return semantic.funcType(f);
        }

        @Override
        public ResourceType resourceTypeAt(int typeIndex, int offset) {
            return state.resourceAt(typeIndex, offset).resource();
        }

        @Override
        public Optional<CoreValType> localResourceRep(ResourceType resource) {
            Optional<CoreValType> rep = state.definedResources.get(resource);
            return rep == null ? Optional.empty() : rep;
        }

        @Override
        public ValueType valueTypeAt(int typeIndex, int offset) {
            return semantic.valueType(state.definedTypeAt(typeIndex, offset));
        }

        @Override
        public ValueType resolve(ValType type, int offset) {
            return semantic.valueType(TypeDefinitions.valType(state, type, offset));
        }

        @Override
        public Optional<CoreValType> contextType() {
            return state.contextType;
        }
    }
}
