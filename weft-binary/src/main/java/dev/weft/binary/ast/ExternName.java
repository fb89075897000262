package dev.weft.binary.ast;

import java.util.List;

/**
 * {@code nameattributes}: the {@code externname} string (not yet checked against the name grammar;
 * that is validation) and its attributes. {@code discriminant} is the leading byte (0x00, 0x01 or 0x02).
 */
public record ExternName(int offset, int discriminant, String name, List<Attribute> attributes) {
    public ExternName {
        attributes = List.copyOf(attributes);
    }

    /** {@code attribute}. */
    public sealed interface Attribute {}

    /** {@code 0x00 len:<u32> in:<interfacename>}: {@code (implements "in")} 🏷️. */
    public record Implements(String interfaceName) implements Attribute {}

    /** {@code 0x01 len:<u32> vs:<semversuffix>}: {@code (versionsuffix "vs")} 🔗. */
    public record VersionSuffix(String suffix) implements Attribute {}

    /** {@code 0x02 n:<name>}: {@code (external-id n)} 🏷️. */
    public record ExternalId(String id) implements Attribute {}

    @Override
    public String toString() {
        return name;
    }
}
