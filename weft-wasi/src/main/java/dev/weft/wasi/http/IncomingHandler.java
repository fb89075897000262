package dev.weft.wasi.http;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.Instance;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Limits;
import dev.weft.runtime.Linker;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiConfig;
import dev.weft.wasi.WasiContext;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A component's {@code wasi:http/incoming-handler}, linked once ({@link InstancePre}, WASI linked
 * per instance: {@link Wasi#addToLinker(Linker)}): each {@link #handle} runs in a new instance under
 * {@code limits}, with a new {@link WasiContext} of {@code config} as its data, both dropped (the
 * context closed: its sockets, streams and clients with it) when the guest returns.
 *
 * @param exportName the export, e.g. {@code wasi:http/incoming-handler@0.2.3}
 * @param contexts called with each request's context before its instance is made
 */
record IncomingHandler(InstancePre pre, String exportName, WasiConfig config, Limits limits,
                       Consumer<WasiContext> contexts) {
    static final String INTERFACE = "wasi:http/incoming-handler@0.2.";

    IncomingHandler {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(contexts, "contexts");
    }

    /** Links WASI (per instance), then {@code customize}'s definitions, and prepares {@code component}. */
    static IncomingHandler link(Component component, WasiConfig config, Limits limits, Consumer<Linker> customize,
                                Consumer<WasiContext> contexts) {
        String export = component.type().exports().keySet().stream()
                .filter(name -> name.startsWith(INTERFACE))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the component exports no " + INTERFACE
                        + "x (its exports: " + component.type().exports().keySet() + ")"));
        WasiContext.create(config).close();   // a bad configuration (a missing preopen) fails now, not per request
        Linker linker = new Linker(component.engine());
        Wasi.addToLinker(linker);
        customize.accept(linker);
        return new IncomingHandler(linker.instantiatePre(component), export, config, limits, contexts);
    }

    /**
     * {@code handle(request, response-out)} in a fresh instance with a fresh context; returns when
     * the guest does, the context closed.
     *
     * @throws dev.weft.runtime.Trap if the guest traps, its instantiation does, or the deadline passes
     */
    void handle(IncomingRequest request, ResponseOutparam out) {
        try (WasiContext ctx = WasiContext.create(config)) {
            contexts.accept(ctx);
            Instance instance = pre.instantiate(limits, ctx);
            ComponentFunction handle = instance.func(exportName, "handle")
                    .orElseThrow(() -> new IllegalStateException(exportName + " has no function `handle`"));
            HttpResources types = HttpResources.types();
            handle.call(types.incomingRequests().own(request), types.responseOutparams().own(out));
        }
    }
}
