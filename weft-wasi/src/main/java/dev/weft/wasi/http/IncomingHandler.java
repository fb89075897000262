package dev.weft.wasi.http;

import dev.weft.runtime.Component;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import dev.weft.wasi.Definitions;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiContext;
import dev.weft.wasi.WasiModule;
import java.util.function.Consumer;

/**
 * A component's {@code wasi:http/incoming-handler}, linked once ({@link InstancePre}): each
 * {@link #handle} runs in a new instance, which is then dropped.
 *
 * @param exportName the export, e.g. {@code wasi:http/incoming-handler@0.2.3}
 */
record IncomingHandler(InstancePre pre, HttpResources http, String exportName) {
    static final String INTERFACE = "wasi:http/incoming-handler@0.2.";

    /** Links WASI (with {@code ctx}), then {@code customize}'s definitions, and prepares {@code component}. */
    static IncomingHandler link(Component component, WasiContext ctx, Consumer<Linker> customize) {
        String export = component.type().exports().keySet().stream()
                .filter(name -> name.startsWith(INTERFACE))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the component exports no " + INTERFACE
                        + "x (its exports: " + component.type().exports().keySet() + ")"));
        Linker linker = new Linker(component.engine());
        HttpResources http = null;
        for (WasiModule module : Wasi.modules()) {
            if (module instanceof HttpModule m) {
                http = m.define(Definitions.into(linker), ctx, HttpPolicy.of(ctx.config()));
            } else {
                module.addToLinker(linker, ctx);
            }
        }
        customize.accept(linker);
        return new IncomingHandler(linker.instantiatePre(component), http, export);
    }

    /**
     * {@code handle(request, response-out)} in a fresh instance; returns when the guest does.
     *
     * @throws dev.weft.runtime.Trap if the guest traps (or its instantiation does)
     */
    void handle(IncomingRequest request, ResponseOutparam out) {
        ComponentFunction handle = pre.instantiate().func(exportName, "handle")
                .orElseThrow(() -> new IllegalStateException(exportName + " has no function `handle`"));
        handle.call(http.incomingRequests().own(request), http.responseOutparams().own(out));
    }
}
