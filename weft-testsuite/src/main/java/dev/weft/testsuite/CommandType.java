package dev.weft.testsuite;

import java.util.Arrays;

/** The command types of the conformance JSON, named as in the file ({@link #jsonName()}). */
public enum CommandType {
    COMPONENT("component"),
    INSTANCE("instance"),
    ASSERT_RETURN("assert_return"),
    ASSERT_TRAP("assert_trap"),
    ACTION("action"),
    ASSERT_TRAP_INSTANTIATE("assert_trap_instantiate"),
    ASSERT_INVALID("assert_invalid"),
    ASSERT_MALFORMED("assert_malformed"),
    ASSERT_UNLINKABLE("assert_unlinkable"),
    /** A type this runner does not know (a newer converter); reported as skipped, never passed. */
    UNKNOWN("unknown");

    private final String jsonName;

    CommandType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The {@code type} string in the JSON. */
    public String jsonName() {
        return jsonName;
    }

    /** The type named {@code jsonName}, or {@link #UNKNOWN}. */
    public static CommandType fromJson(String jsonName) {
        return Arrays.stream(values())
                .filter(t -> t != UNKNOWN && t.jsonName.equals(jsonName))
                .findFirst()
                .orElse(UNKNOWN);
    }

    /** Whether commands of this type come with a component binary ({@code filename}). */
    public boolean carriesBinary() {
        return switch (this) {
            case COMPONENT, ASSERT_TRAP_INSTANTIATE, ASSERT_INVALID, ASSERT_MALFORMED, ASSERT_UNLINKABLE -> true;
            case INSTANCE, ASSERT_RETURN, ASSERT_TRAP, ACTION, UNKNOWN -> false;
        };
    }
}
