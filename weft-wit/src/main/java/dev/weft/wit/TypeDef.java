package dev.weft.wit;

import java.util.Optional;

/**
 * A named type: defined by {@code record}, {@code variant}, {@code enum}, {@code flags},
 * {@code resource} or {@code type}, or brought into an interface or world by {@code use}.
 *
 * @param externalId the {@code @external-id("...")} annotation 🏷️, if any
 */
public record TypeDef(String name, TypeDefKind kind, TypeOwner owner, Docs docs, Stability stability,
                      Optional<String> externalId) {
    public TypeDef withKind(TypeDefKind newKind) {
        return new TypeDef(name, newKind, owner, docs, stability, externalId);
    }
}
