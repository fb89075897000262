package dev.weft.wasi.sockets;

import dev.weft.wasi.io.Pollable;
import java.util.function.BooleanSupplier;

/**
 * A socket {@link Pollable}: ready when {@code test} says so; {@link #block()} alternates the test
 * with one bounded wait ({@code waitSlice}, typically {@link ChannelReadiness#await}), so that it
 * follows a socket whose state changes while waiting and stops on {@link Thread#interrupt()}.
 */
record ReadinessPollable(BooleanSupplier test, Runnable waitSlice) implements Pollable {
    @Override
    public boolean ready() {
        return test.getAsBoolean();
    }

    @Override
    public void block() {
        while (!ready()) {
            if (Thread.currentThread().isInterrupted()) return;
            waitSlice.run();
        }
    }
}
