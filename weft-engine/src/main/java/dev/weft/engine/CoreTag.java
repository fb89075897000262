package dev.weft.engine;

/**
 * A core exception tag (<a href="https://webassembly.github.io/exception-handling/core/exec/runtime.html#tag-instances">spec</a>):
 * what {@code throw} raises and {@code catch} matches. Only its identity and type matter: each
 * instantiation of a module defining a tag makes a new one, and a {@code catch} of an imported tag
 * matches exactly the exceptions thrown with the tag supplied for that import. Supply one to
 * another instance with {@link CoreImports.Builder#define}.
 */
public non-sealed interface CoreTag extends CoreExtern {
    @Override
    CoreTagType type();
}
