package dev.weft.binary.validate;

import dev.weft.binary.ast.CanonOpt;
import java.util.List;
import java.util.Optional;

/** The canonical ABI options of a {@code canon} definition, resolved to typed indices. */
public record CanonOptions(CanonOpt.StringEncoding stringEncoding, Optional<Idx.CoreMemory> memory,
                           Optional<Idx.CoreFunc> realloc, Optional<Idx.CoreFunc> postReturn, boolean async,
                           Optional<Idx.CoreFunc> callback) {

    public static final CanonOptions NONE = of(List.of());

    /** The options of a (valid) option list; the string encoding defaults to UTF-8. */
    public static CanonOptions of(List<CanonOpt> opts) {
        CanonOpt.StringEncoding enc = CanonOpt.StringEncoding.UTF8;
        Optional<Idx.CoreMemory> memory = Optional.empty();
        Optional<Idx.CoreFunc> realloc = Optional.empty();
        Optional<Idx.CoreFunc> postReturn = Optional.empty();
        Optional<Idx.CoreFunc> callback = Optional.empty();
        boolean async = false;
        for (CanonOpt o : opts) {
            switch (o) {
                case CanonOpt.StringEncoding e -> enc = e;
                case CanonOpt.Memory m -> memory = Optional.of(new Idx.CoreMemory(m.memoryIndex()));
                case CanonOpt.Realloc r -> realloc = Optional.of(new Idx.CoreFunc(r.funcIndex()));
                case CanonOpt.PostReturn p -> postReturn = Optional.of(new Idx.CoreFunc(p.funcIndex()));
                case CanonOpt.Async a -> async = true;
                case CanonOpt.Callback c -> callback = Optional.of(new Idx.CoreFunc(c.funcIndex()));
            }
        }
        return new CanonOptions(enc, memory, realloc, postReturn, async, callback);
    }
}
