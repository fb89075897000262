package dev.weft.wasi.io;

import dev.weft.runtime.Linker;
import dev.weft.runtime.value.ListValue;
import dev.weft.runtime.value.Value;
import dev.weft.types.PrimitiveType;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiModule;
import dev.weft.wasi.WasiValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code wasi:io/error}, {@code wasi:io/poll} and {@code wasi:io/streams}: the resource types of the
 * {@link WasiContext} and their methods, for streams of any origin.
 */
public final class IoModule implements WasiModule {
    static final String ERROR = "wasi:io/error";
    static final String POLL = "wasi:io/poll";
    static final String STREAMS = "wasi:io/streams";

    @Override
    public void addToLinker(Linker linker, WasiContext ctx) {
        define(Definitions.into(linker), ctx);
    }

    /** Defines the three interfaces in {@code defs}. */
    public void define(Definitions defs, WasiContext ctx) {
        defineError(defs, ctx);
        definePoll(defs, ctx);
        defs.resource(STREAMS, "input-stream", ctx.inputStreams());
        defs.resource(STREAMS, "output-stream", ctx.outputStreams());
        new InputStreamMethods(ctx).define(defs);
        new OutputStreamMethods(ctx).define(defs);
    }

    private static void defineError(Definitions defs, WasiContext ctx) {
        defs.resource(ERROR, "error", ctx.errors());
        defs.func(ERROR, "[method]error.to-debug-string",
                args -> Optional.of(Value.string(ctx.errors().get(args.get(0)).debugMessage())));
    }

    private static void definePoll(Definitions defs, WasiContext ctx) {
        defs.resource(POLL, "pollable", ctx.pollables());
        defs.func(POLL, "[method]pollable.ready", args -> Optional.of(Value.bool(ctx.pollables().get(args.get(0)).ready())));
        defs.func(POLL, "[method]pollable.block", args -> {
            ctx.pollables().get(args.get(0)).block();
            return WasiValues.none();
        });
        defs.func(POLL, "poll", args -> {
            ListValue in = (ListValue) args.get(0);
            if (in.isEmpty()) throw WasiValues.trap("wasi:io/poll.poll: the list of pollables is empty");
            List<Pollable> pollables = new ArrayList<>(in.size());
            for (Value v : in.elements()) pollables.add(ctx.pollables().get(v));
            int[] ready = Poll.poll(pollables);
            List<Value> out = new ArrayList<>(ready.length);
            for (int i : ready) out.add(Value.u32(i));
            return Optional.of(Value.list(PrimitiveType.U32, out));
        });
    }
}
