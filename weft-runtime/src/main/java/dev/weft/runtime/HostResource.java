package dev.weft.runtime;

import dev.weft.runtime.resource.ResourceDefinition;
import dev.weft.runtime.resource.ResourceRep;
import dev.weft.runtime.value.BorrowHandle;
import dev.weft.runtime.value.OwnHandle;
import dev.weft.runtime.value.ResourceHandle;
import dev.weft.runtime.value.Value;
import dev.weft.runtime.value.ValueTypeException;
import dev.weft.types.ResourceType;
import java.util.Objects;

/**
 * A resource type the host defines, whose handles stand for Java objects of type {@code T}: a WASI
 * descriptor, stream or pollable. Define it for a component's resource import with
 * {@link LinkerInstance#resource(String, Class, Destructor)}; the host functions of that instance
 * then turn objects into handles ({@link #own}) and handles back into objects ({@link #get},
 * {@link #take}).
 *
 * <pre>{@code
 * LinkerInstance types = linker.instance("wasi:filesystem/types@0.2.12");
 * HostResource<MyFile> files = types.resource("descriptor", MyFile.class, MyFile::close);
 * types.func("[method]descriptor.read", args -> {
 *     MyFile f = files.get(args.get(0));                     // borrow<descriptor>: the object, still the guest's
 *     ...
 * });
 * types.func("[method]descriptor.open-at", args -> Optional.of(files.own(new MyFile(...))));  // a new own<descriptor>
 * }</pre>
 *
 * <p>Ownership follows the canonical ABI. An {@code own} handle returned to a guest puts the object
 * in that instance's handle table; when the guest drops it ({@code resource.drop}) the destructor
 * runs, once. An {@code own} the guest passes to the host leaves the guest's table: the host is
 * then responsible for the object ({@link #take}) and no destructor runs unless the host gives it
 * back. A {@code borrow} lends the object for one call. Handles still held by an instance that is
 * discarded are not destroyed.
 *
 * <p>One {@code HostResource} is one run-time type: the same one serves every component and
 * instance it is linked into (each instance keeps its own handle table, so a handle index of one
 * instance means nothing in another). Immutable and thread-safe; the destructor may run on any
 * thread that calls into an instance.
 *
 * @param <T> the Java type of the objects behind the handles
 */
public final class HostResource<T> extends RuntimeResourceType {
    private final Class<T> javaType;

    /**
     * What the guest dropping the last owning handle does with the object, e.g. {@code MyFile::close}.
     * An exception it throws becomes a {@link Trap} of the call that dropped the handle.
     */
    @FunctionalInterface
    public interface Destructor<T> {
        void destroy(T value) throws Exception;
    }

    private HostResource(ResourceDefinition definition, Class<T> javaType) {
        super(definition);
        this.javaType = javaType;
    }

    /**
     * A new host resource type named {@code name} (for messages), whose objects {@code destructor}
     * disposes of. Usually made by {@link LinkerInstance#resource(String, Class, Destructor)}; make
     * one directly to define it under several names or in several linkers
     * ({@link LinkerInstance#resource(String, RuntimeResourceType)}).
     */
    public static <T> HostResource<T> of(String name, Class<T> javaType, Destructor<? super T> destructor) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(destructor, "destructor");
        ResourceDefinition definition = ResourceDefinition.host(new ResourceType(name),
                rep -> destructor.destroy(javaType.cast(rep)));
        return new HostResource<>(definition, javaType);
    }

    /**
     * A new host resource type whose objects are {@linkplain AutoCloseable#close closed} when the guest
     * drops them, if they are {@link AutoCloseable}; otherwise dropping does nothing.
     */
    public static <T> HostResource<T> of(String name, Class<T> javaType) {
        return of(name, javaType, value -> {
            if (value instanceof AutoCloseable c) c.close();
        });
    }

    /** The Java type of the objects behind the handles. */
    public Class<T> javaType() {
        return javaType;
    }

    /**
     * A new owning handle to {@code value}, to return to a guest (or pass to a guest function taking
     * {@code own<this>}): the guest then owns it, and dropping it runs the destructor.
     */
    public OwnHandle own(T value) {
        return new OwnHandle(ownType(), rep(value));
    }

    /**
     * A borrowed handle to {@code value}, to pass to a guest function taking {@code borrow<this>}:
     * the guest may use it during that call only; the host keeps the object.
     */
    public BorrowHandle borrow(T value) {
        return new BorrowHandle(borrowType(), rep(value));
    }

    /**
     * The object behind {@code handle}, an {@code own} or {@code borrow} handle of this type; an
     * {@code own} stays the host's to dispose of, as with {@link #take}.
     *
     * @throws ValueTypeException if {@code handle} is not a handle of this resource type
     */
    public T get(Value handle) {
        ResourceHandle h = switch (handle) {
            case OwnHandle o -> o.handle();
            case BorrowHandle b -> b.handle();
            case null -> throw new ValueTypeException("expected a handle to " + this + ", found null");
            default -> throw new ValueTypeException("expected a handle to " + this + ", found " + handle.type().wit()
                    + " " + handle);
        };
        return object(h);
    }

    /**
     * The object behind the owning handle {@code handle}, which a guest passed to the host: the host
     * now owns it and disposes of it (no destructor runs for it unless it goes back to a guest).
     *
     * @throws ValueTypeException if {@code handle} is not an {@code own} handle of this resource type
     *         (a {@code borrow} cannot be taken)
     */
    public T take(Value handle) {
        if (handle instanceof BorrowHandle) {
            throw new ValueTypeException("cannot take a borrowed handle of " + this + ": only an own handle transfers"
                    + " ownership (use get)");
        }
        return get(handle);
    }

    private ResourceRep.Host rep(T value) {
        Objects.requireNonNull(value, "value");
        return definition().rep(javaType.cast(value));
    }

    private T object(ResourceHandle h) {
        if (h instanceof ResourceRep.Host rep && rep.definition() == definition()) {
            return javaType.cast(rep.value());
        }
        throw new ValueTypeException("expected a handle to " + this + ", found a handle to " + describe(h));
    }

    private static String describe(ResourceHandle h) {
        if (h instanceof ResourceRep r) {
            return (r.definition().isHost() ? "host resource `" : "resource `") + r.resource().name() + "` ("
                    + r.resource() + ")";
        }
        return h.resource().toString();
    }
}
