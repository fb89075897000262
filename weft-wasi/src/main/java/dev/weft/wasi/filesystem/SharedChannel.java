package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * An open file that a descriptor and the streams made from it share: it stays open until the last
 * of them is closed, whichever order the guest drops them in (the streams of a dropped descriptor
 * keep working, as in Wasmtime).
 */
final class SharedChannel {
    private final FileChannel channel;
    private int users = 1;

    SharedChannel(FileChannel channel) {
        this.channel = channel;
    }

    FileChannel channel() {
        return channel;
    }

    /** One more user, who must {@link #release()} it. */
    synchronized SharedChannel retain() {
        if (users == 0) throw ErrorCode.BAD_DESCRIPTOR.error("the file is closed");
        users++;
        return this;
    }

    /** One user fewer; the last one closes the file. */
    synchronized void release() {
        if (users == 0) return;
        if (--users == 0) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing a file the guest dropped: nobody is left to tell.
            }
        }
    }
}
