/**
 * The decode phase: component bytes in, the syntax tree of {@code dev.weft.binary.ast} out, with
 * every failure a {@link dev.weft.errors.MalformedComponentException} that says what was expected and
 * at which absolute byte offset.
 *
 * <p>Why it looks the way it does:
 * <ul>
 *   <li><b>One streaming pass, one reader per production family.</b> {@link dev.weft.binary.decode.BinaryReader}
 *       holds the primitives (bytes, LEB128, names, vectors); {@code TypeReader}, {@code CoreTypeReader},
 *       {@code CanonReader}, {@code AliasReader}, {@code InstanceReader}, {@code ExternReader} and
 *       {@code NameReader} each decode one part of Binary.md, in its order and with its names;
 *       {@link dev.weft.binary.decode.ComponentDecoder} dispatches sections.</li>
 *   <li><b>wasmparser is the reference.</b> Error texts ("unexpected end-of-file", "integer too large",
 *       "invalid leading byte (0x5) for component outer alias kind", ...) and limits are wasm-tools',
 *       because the conformance tests compare against them and because wasm-tools is the model where
 *       the spec is silent. Where wasmparser and Binary.md disagree on an opcode, Binary.md (and its
 *       {@code binary.wast}) wins: see {@code CanonReader}.</li>
 *   <li><b>Hostile input is expected.</b> Counts are never trusted for allocation (lists grow as items
 *       are read, and every item takes at least a byte, so a huge count ends at end-of-file), strings are
 *       limited to 100,000 bytes, and components and component/instance types may nest at most 100
 *       levels, so no input can cause an out-of-memory, a stack overflow or a hang.</li>
 *   <li><b>Nothing big is copied.</b> Core modules and values stay {@link dev.weft.binary.ast.ByteSlice}s
 *       of the input. {@link dev.weft.binary.decode.CoreModuleReader} reads the few sections of a core
 *       module that the component layer needs and skips code and data by size.</li>
 * </ul>
 */
package dev.weft.binary.decode;
