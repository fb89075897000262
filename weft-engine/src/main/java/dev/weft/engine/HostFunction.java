package dev.weft.engine;

import java.util.Objects;

/**
 * A host function: a Java body with a core type. Calling it from Java runs the body directly,
 * with an expiring {@link CoreDeadline} held back until it returns.
 */
record HostFunction(CoreFuncType type, CoreHostFunction body) implements CoreFunction {
    HostFunction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public long[] call(long... args) {
        if (args.length != type.paramSlots()) {
            throw new IllegalArgumentException(type + " called with " + args.length + " arguments");
        }
        CoreDeadline deadline = CoreDeadline.enterHost();
        long[] results;
        try {
            results = body.call(args);
        } finally {
            CoreDeadline.leaveHost(deadline);
        }
        return results == null ? NO_VALUES : results;
    }
}
