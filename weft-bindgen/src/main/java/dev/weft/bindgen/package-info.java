/**
 * WIT for components, and Java bindings for WIT worlds: "SDKs for free".
 *
 * <p>{@link dev.weft.bindgen.ComponentWit} decodes a component's type into WIT (a world
 * {@code root:component/root}, interfaces in their packages, named types recovered from the type
 * exports), which {@code weft wit} prints. {@link dev.weft.bindgen.JavaGenerator} turns a world
 * (from WIT, or from a component through {@link dev.weft.bindgen.WitInput}) into Java sources; the
 * CLI ({@code weft bindgen}) and the Maven plugin ({@code weft:generate}) drive it.
 *
 * <h2>Why generated code</h2>
 * The house rule: generate code instead of reflecting. Bindings are plain Java the compiler checks
 * and the JIT inlines; no reflection, no runtime type descriptors, nothing looked up by string per
 * call. What is generated is pinned by golden tests ({@code src/test/java/dev/weft/bindgen/golden},
 * compiled and run against real components; {@code -Dweft.golden.update=true} rewrites them).
 *
 * <h2>What a world becomes</h2>
 * For {@code --package com.example} and {@code world kit}:
 * <ul>
 *   <li>each WIT interface {@code ns:pkg/iface}: a Java interface {@code com.example.ns.pkg.Iface}
 *       with its types nested and its functions as methods; the host implements it where the
 *       world imports it, the generated {@code IfaceGuest} where the world exports it. When a
 *       nested type would take the interface's own name ({@code wasi:io/error} has
 *       {@code resource error}), the interface is {@code ErrorApi};</li>
 *   <li>{@code IfaceHost.addToLinker(linker, impl)}: the interface's functions as host functions of
 *       a {@code Linker}, its resources as host resource types ({@code LinkedResources} keeps one per
 *       resource and linker, so interfaces that {@code use} a resource share it);</li>
 *   <li>{@code IfaceValues}: each named type's {@code ValueType} and conversions to and from runtime
 *       values, for host functions and the values path of exports;</li>
 *   <li>{@code com.example.Kit}: the instance seen from Java ({@code Kit.instantiate(linker, component)},
 *       {@code kit.api().add(2, 3)}); {@code com.example.KitImports}: what the host provides (the
 *       world's own imported functions, an optional implementation per imported interface) and
 *       {@code KitImports.addToLinker(linker, impl)};</li>
 *   <li>support types in the base package: {@code Result}, {@code Tuple2}..., {@code Handles},
 *       {@code LinkedResources}, {@code GuestResource}, {@code GuestHandles}, {@code BindingSupport}.</li>
 * </ul>
 *
 * <h2>Types</h2>
 * <ul>
 *   <li>{@code bool}, {@code s8}..{@code s64}, {@code f32}, {@code f64}: {@code boolean}, {@code byte},
 *       {@code short}, {@code int}, {@code long}, {@code float}, {@code double}; the unsigned
 *       {@code u8}..{@code u64} in the Java type of the same width, holding their bits ({@code u32}
 *       4294967295 is {@code -1}: read it with {@code Integer.toUnsignedLong});</li>
 *   <li>{@code char}: an {@code int} code point (a {@code char} cannot hold every scalar value);
 *       {@code string}: {@code String};</li>
 *   <li>{@code record}: a Java record (fields in camelCase; a Java keyword gets a trailing
 *       {@code _}); {@code tuple<A, B>}: the generated record {@code Tuple2<A, B>};</li>
 *   <li>{@code enum}: a Java enum; {@code flags f}: a record {@code F(Set<F.Flag> flags)} over an
 *       {@code EnumSet}, with {@code F.of(F.Flag...)} and {@code has(flag)};</li>
 *   <li>{@code variant}: a sealed interface with one record per case ({@code value} holds the
 *       payload), for exhaustive {@code switch}es;</li>
 *   <li>{@code option<T>}: {@code Optional<T>};</li>
 *   <li>{@code result<T, E>}: the generated sealed {@code Result<T, E>} with records {@code Ok} and
 *       {@code Err} ({@code Void} and {@code null} for a missing type), in both directions: an
 *       export's error comes back as an {@code Err}, a host's implementation returns one. Not
 *       exceptions: an {@code Err} is a value the guest chose to return, and Java's checked
 *       exceptions cannot be generic;</li>
 *   <li>{@code list<u8>}: {@code byte[]}; other lists: {@code List<T>} (unmodifiable when lifted);
 *       {@code map<K, V>}: {@code Map<K, V>};</li>
 *   <li>{@code resource r}: a Java interface {@code R extends AutoCloseable} with the resource's
 *       methods; constructors and static functions are methods of the interface's Java interface
 *       ({@code newR(...)}, {@code rStatic(...)}). For an import the host's objects implement it
 *       (closed when the guest drops its handle); for an export a generated handle class does
 *       ({@code close()} drops the guest's resource; passing it as an {@code own} moves it). A
 *       {@code borrow<r>} parameter takes the same type and lends it for the call;</li>
 *   <li>{@code future}, {@code stream}, {@code error-context}: the runtime's handle values
 *       ({@code FutureValue}, {@code StreamValue}, {@code ErrorContextValue}), passed through;
 *       {@code async} functions get the same synchronous signatures (the runtime does not run the
 *       async ABI yet).</li>
 * </ul>
 *
 * <h2>Calls</h2>
 * Imports always go through the runtime's values: a {@code Linker}'s host functions receive and
 * return values, and the generated glue converts them. An export takes the typed path when its
 * types have no handles, futures, streams, maps or fixed-length lists: generated code lowers the
 * Java arguments straight into the guest (core values, and memory through {@code realloc}) and
 * lifts the result straight out, following the canonical ABI for that function's types, through
 * {@code dev.weft.runtime.typed.TypedExport} ({@link dev.weft.bindgen.TypedCode}); no value is built.
 * Otherwise, or when the runtime cannot bind the export (not lifted from core code), it calls the
 * export with values. A null or invalid Java argument is a Java exception; the instance stays
 * usable. A trap poisons the instance, as with values.
 */
package dev.weft.bindgen;
