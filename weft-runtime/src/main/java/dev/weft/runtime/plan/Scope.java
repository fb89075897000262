package dev.weft.runtime.plan;

import dev.weft.binary.ast.Sort;
import dev.weft.binary.validate.Idx;
import dev.weft.types.ResourceType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index spaces of one inlined component instance while it is planned: what each index denotes
 * ({@link Item}), which slot holds each of its resource types, its exports so far, and the scope it
 * is lexically nested in (for {@code alias outer}). Lives only during planning.
 */
final class Scope {
    private final Optional<Scope> outer;
    private final Slot.State state;
    private final String name;
    private final Map<Sort, List<Item>> spaces = new EnumMap<>(Sort.class);
    private final Map<ResourceType, Slot.Resource> resources = new IdentityHashMap<>();
    private final Map<String, Item> exports = new LinkedHashMap<>();

    Scope(Optional<Scope> outer, Slot.State state, String name) {
        this.outer = outer;
        this.state = state;
        this.name = name;
        for (Sort s : Sort.values()) spaces.put(s, new ArrayList<>());
    }

    Slot.State state() {
        return state;
    }

    String name() {
        return name;
    }

    /** Adds {@code item} as the entry {@code idx}, which must be the next one of its space. */
    void add(Idx idx, Item item) {
        List<Item> space = spaces.get(idx.sort());
        assert space.size() == idx.index() : "index " + idx + " added out of order in " + name + " (size " + space.size() + ")";
        space.add(item);
    }

    Item get(Idx idx) {
        List<Item> space = spaces.get(idx.sort());
        assert idx.index() < space.size() : "unknown " + idx + " in " + name;
        return space.get(idx.index());
    }

    <T extends Item> T get(Idx idx, Class<T> kind) {
        Item item = get(idx);
        assert kind.isInstance(item) : idx + " in " + name + " is " + item + ", not a " + kind.getSimpleName();
        return kind.cast(item);
    }

    /** The scope {@code count} levels out ({@code 0} is this one). */
    Scope outer(int count) {
        Scope s = this;
        for (int i = 0; i < count; i++) s = s.outer.orElseThrow(() -> new AssertionError("outer alias past the root"));
        return s;
    }

    /** Records that this scope's resource type {@code type} lives in {@code slot}. */
    void bindResource(ResourceType type, Slot.Resource slot) {
        resources.put(type, slot);
    }

    Optional<Slot.Resource> resourceIfBound(ResourceType type) {
        return Optional.ofNullable(resources.get(type));
    }

    Slot.Resource resource(ResourceType type) {
        Slot.Resource slot = resources.get(type);
        assert slot != null : "resource " + type + " has no slot in " + name;
        return slot;
    }

    void export(String exportName, Item item) {
        exports.put(exportName, item);
    }

    Map<String, Item> exports() {
        return exports;
    }
}
