package dev.weft.binary.validate;

import dev.weft.binary.ast.Canon;
import dev.weft.binary.ast.CanonOpt;
import dev.weft.types.ResourceType;
import dev.weft.types.ValueType;
import java.util.List;
import java.util.Optional;

/** The recorded form of a {@code canon} built-in (anything but lift and lower), once validated. */
final class Builtins {
    private Builtins() {}

    static Definition.Builtin definition(Canon c, int coreFuncIndex, ComponentState state, SemanticTypes semantic) {
        Optional<ResourceType> resource = switch (c) {
            case Canon.ResourceNew r -> Optional.of(state.resourceAt(r.typeIndex(), c.offset()).resource());
            case Canon.ResourceDrop r -> Optional.of(state.resourceAt(r.typeIndex(), c.offset()).resource());
            case Canon.ResourceRep r -> Optional.of(state.resourceAt(r.typeIndex(), c.offset()).resource());
            default -> Optional.empty();
        };
        Optional<Integer> typeIndex = switch (c) {
            case Canon.StreamNew s -> Optional.of(s.typeIndex());
            case Canon.StreamRead s -> Optional.of(s.typeIndex());
            case Canon.StreamWrite s -> Optional.of(s.typeIndex());
            case Canon.StreamCancelRead s -> Optional.of(s.typeIndex());
            case Canon.StreamCancelWrite s -> Optional.of(s.typeIndex());
            case Canon.StreamDropReadable s -> Optional.of(s.typeIndex());
            case Canon.StreamDropWritable s -> Optional.of(s.typeIndex());
            case Canon.FutureNew s -> Optional.of(s.typeIndex());
            case Canon.FutureRead s -> Optional.of(s.typeIndex());
            case Canon.FutureWrite s -> Optional.of(s.typeIndex());
            case Canon.FutureCancelRead s -> Optional.of(s.typeIndex());
            case Canon.FutureCancelWrite s -> Optional.of(s.typeIndex());
            case Canon.FutureDropReadable s -> Optional.of(s.typeIndex());
            case Canon.FutureDropWritable s -> Optional.of(s.typeIndex());
            default -> Optional.empty();
        };
        Optional<ValueType> type = typeIndex.map(i -> semantic.valueType(state.definedTypeAt(i, c.offset())));
        if (c instanceof Canon.TaskReturn t && t.result().isPresent()) {
            type = Optional.of(semantic.valueType(TypeDefinitions.valType(state, t.result().get(), c.offset())));
        }
        List<CanonOpt> opts = switch (c) {
            case Canon.TaskReturn t -> t.opts();
            case Canon.StreamRead s -> s.opts();
            case Canon.StreamWrite s -> s.opts();
            case Canon.FutureRead s -> s.opts();
            case Canon.FutureWrite s -> s.opts();
            case Canon.ErrorContextNew s -> s.opts();
            case Canon.ErrorContextDebugMessage s -> s.opts();
            default -> List.of();
        };
        return new Definition.Builtin(new Idx.CoreFunc(coreFuncIndex), c,
                semantic.coreFuncType(state.coreFuncs.get(coreFuncIndex)), resource, type, CanonOptions.of(opts));
    }
}
