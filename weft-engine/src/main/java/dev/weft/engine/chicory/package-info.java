/**
 * The {@link dev.weft.engine.CoreEngine} on Chicory 1.7.5: nothing outside this package sees a
 * Chicory type.
 *
 * <p>What this adapter knows about Chicory 1.7.5:
 * <ul>
 *   <li>{@code Parser.parse} decodes and validates (function bodies included) but reports no byte
 *       offsets; its messages are kept, the offset is 0. It does not check that a body ends with
 *       its own {@code end}, nor export indices (those only fail at instantiation); the latter is
 *       checked here at compile time. It rejects some valid import names: a function import whose
 *       module and field names are both empty ("malformed import kind"), and a name with a
 *       character above U+007F that is no Unicode identifier part ("malformed UTF-8 encoding");
 *       such imports are renamed to placeholders before Chicory parses the module, and keep their
 *       own names everywhere else ({@code ImportNames}).</li>
 *   <li>{@code MachineFactoryCompiler.builder(module).compile()} translates a module once into a
 *       machine factory that all its instances share. It rejects SIMD ({@code v128}) and some
 *       bodies its validator let through; such a module is interpreted instead, with a warning.</li>
 *   <li>Traps are {@code ChicoryException}s of several classes (or {@code WasmException} for an
 *       uncaught Wasm exception); exceptions of host functions pass through untouched, which is
 *       how a trap is told from a host's exception.</li>
 *   <li>{@code TableInstance.grow} mutates the module's own table limits, so each instance gets a
 *       private copy of its tables' types.</li>
 *   <li>Chicory links imports by name and compares function types structurally; the linker here
 *       checks every import first (extern subtyping) so that errors name both types.</li>
 *   <li>{@code ByteArrayMemory} allocates every page of a new memory (and a table of pointers for
 *       its maximum size), then zeroes it again and copies each data segment in (cloning it on the
 *       way: {@code DataSegment.data()} clones): most of the cost of an instantiation. A non-shared
 *       memory here is a {@code PagedMemory} instead (Chicory's compiled code
 *       calls memories through the {@code Memory} interface): copy on write page by page, loaded
 *       from an image of its data segments after the first instance of its module.</li>
 *   <li>A start section always runs in {@code Instance.initialize}; there is no switch for it. A
 *       module whose start function qualifies ({@code StartImages}) is
 *       instantiated from a copy without its start section, which the compiled code serves as
 *       well: {@code CompiledModule.machineFactory()} is the compiled code without the check that
 *       an instance's module is the very module compiled.</li>
 * </ul>
 */
package dev.weft.engine.chicory;
