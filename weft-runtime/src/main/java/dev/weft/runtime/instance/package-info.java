/**
 * Executing a {@link dev.weft.runtime.plan.Plan} into a live instance.
 *
 * <p>What does not depend on the instance is done once per {@link dev.weft.runtime.InstancePre}:
 * {@link dev.weft.runtime.instance.PreparedPlan} resolves the names of core instantiation (each
 * core import to an argument and an export position, each core export alias to a position), so
 * that an instantiation indexes arrays and hands each core module its imports in order. What is
 * not needed until a function is called waits for that call: a lift is bound to its instance's core
 * function and options, and its {@link dev.weft.runtime.canon.CanonLift} (the layouts of its type)
 * is made on the first call; likewise the body of a lowered function (its core type is the plan's).
 *
 * <p>{@link dev.weft.runtime.instance.Instantiation#run} creates one
 * {@link dev.weft.runtime.canon.ComponentInstanceState} per component instance of the plan (the
 * root and every inlined nested instance, each with its parent, so reentrance checks and handle
 * tables follow the spec), then runs the steps in order into a {@link dev.weft.runtime.instance.Frame}:
 * one array per slot kind, one exhaustive switch, a short helper per step. Canonical work is the
 * canon package's: a lift becomes a {@link dev.weft.runtime.canon.CanonLift}, a lower a core host
 * function from {@link dev.weft.runtime.canon.CanonLower}, each made once per instance.
 *
 * <p>A function slot holds a {@link dev.weft.runtime.instance.Func}: lifted, host-defined (checked
 * against the import's type both ways) or a stand-in that traps. Each is a
 * {@link dev.weft.runtime.canon.Callee}, so {@code canon lower} calls any of them the same way, and
 * a lifted function of another instance learns its caller (for {@code may_enter_from}).
 *
 * <p>Resource types defined by a component are generative: each instantiation gives each
 * {@code (type (resource ...))} a fresh {@link dev.weft.types.ResourceType}, and the lift and
 * lower types that mention it are rewritten for that instantiation ({@code Frame.type}), so a handle
 * of one instance is never taken for a handle of another's type.
 */
package dev.weft.runtime.instance;
