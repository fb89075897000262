package dev.weft.engine.chicory;

import com.dylibso.chicory.runtime.TagInstance;
import dev.weft.engine.CoreTag;
import dev.weft.engine.CoreTagType;

/** A tag of a Chicory instance: its {@link TagInstance}, whose identity {@code catch} compares. */
final class ChicoryTag implements CoreTag {
    final TagInstance raw;
    private final CoreTagType type;

    ChicoryTag(TagInstance raw, CoreTagType type) {
        this.raw = raw;
        this.type = type;
    }

    @Override
    public CoreTagType type() {
        return type;
    }

    @Override
    public String toString() {
        return "core " + type;
    }
}
