package dev.weft.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The instance a host function is called from, as Wasmtime's {@code Caller<T>}: it gives the host
 * function the data the embedder attached to that instance ({@link InstancePre#instantiate(Limits, Object)}),
 * e.g. a per-request context, so that one {@link Linker} and one {@link InstancePre} serve many
 * instances each with its own host state.
 *
 * <pre>{@code
 * linker.func("next-id", (caller, args) -> Optional.of(Value.u32(caller.data(Session.class).nextId())));
 * Instance a = pre.instantiate(engine.limits(), new Session("a"));
 * Instance b = pre.instantiate(engine.limits(), new Session("b"));   // its own Session
 * }</pre>
 *
 * <p>One {@code Caller} is made per instantiation (not per call) and shared by the instance, its
 * nested component instances and its exported instances. A host function that another instance
 * re-exports keeps the data of the instance that imported it first. Reading the data is a field
 * read and a cast: no look-up, no thread-local.
 */
public final class Caller {
    /** The caller of an instance without data (and of a host function called directly). */
    static final Caller NONE = new Caller(null);

    private final Object data;
    private boolean closed;

    Caller(Object data) {
        this.data = data;
    }

    /** The data of the calling instance, or null if it was instantiated without. */
    public Object data() {
        return data;
    }

    /**
     * The data of the calling instance as a {@code type}.
     *
     * @throws IllegalStateException if the instance has no data, or data of another type
     */
    public <T> T data(Class<T> type) {
        if (type.isInstance(data)) return type.cast(data);
        throw new IllegalStateException(data == null
                ? "the instance has no data: instantiate it with InstancePre.instantiate(limits, data) giving a "
                        + type.getName()
                : "the instance's data is a " + data.getClass().getName() + ", not a " + type.getName());
    }

    /** The data of the calling instance if it is a {@code type}. */
    public <T> Optional<T> optionalData(Class<T> type) {
        return type.isInstance(data) ? Optional.of(type.cast(data)) : Optional.empty();
    }

    /** Closes the data once, if it is {@link AutoCloseable} (see {@link Instance#close()}). */
    void closeData() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        if (data instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException("closing the instance's data failed: " + e.getMessage(), e);
            } catch (Exception e) {
                throw new IllegalStateException("closing the instance's data failed: " + e, e);
            }
        }
    }

    @Override
    public String toString() {
        return "Caller" + (data == null ? "" : "[" + data.getClass().getSimpleName() + "]");
    }
}
