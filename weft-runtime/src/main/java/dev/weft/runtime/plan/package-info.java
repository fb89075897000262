/**
 * The instantiation plan: a component's definitions, with nested components and component
 * instantiations inlined, as one flat, immutable list of {@link dev.weft.runtime.plan.Step}s over
 * typed {@link dev.weft.runtime.plan.Slot}s.
 *
 * <p>Why: a component is checked once and instantiated many times (a service instantiates per
 * request). Everything that depends only on the binary is decided here, once: which index denotes
 * what, which slot each core function, memory, component function and resource type lands in, which
 * component instance owns each lift and lower. Component instances exist only at plan time: an
 * {@link dev.weft.runtime.plan.Item.Instance} is a map from export name to already-resolved item, so
 * {@code alias export} and {@code export} cost nothing when instantiating, and an alias of an export
 * of a core instance made of inline exports is resolved here too. What is left for run time is a
 * loop over steps with array indexing; the only name look-ups are exports of instantiated core
 * instances, once per step.
 *
 * <p>Nested components are inlined where they are instantiated ({@code Planner} recurses over their
 * definitions, with a fresh {@code Scope} whose imports are the {@code with} arguments and whose
 * {@code alias outer} resolves lexically); each inlined instance gets its own
 * {@link dev.weft.runtime.plan.Plan.StateInfo} (the spec's {@code ComponentInstance}, with its
 * parent), and the steps it owns name it. A core module is compiled once however often its
 * component is inlined. The imports of the root component become
 * {@link dev.weft.runtime.plan.ImportNode} trees whose leaves the linker fills.
 */
package dev.weft.runtime.plan;
