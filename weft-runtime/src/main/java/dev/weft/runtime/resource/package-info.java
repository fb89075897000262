/**
 * Handles and resources at run time: the per-instance {@link dev.weft.runtime.resource.HandleTable}
 * (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#table-state">Table State</a>),
 * its resource handles {@link dev.weft.runtime.resource.HandleElement} and the runtime resource types
 * {@link dev.weft.runtime.resource.ResourceDefinition}
 * (<a href="https://github.com/WebAssembly/component-model/blob/main/design/mvp/CanonicalABI.md#resource-state">Resource State</a>).
 *
 * <p>A resource's representation is a {@link dev.weft.runtime.resource.ResourceRep}: an {@code i32}
 * for a resource a component defines, a Java object for one the host defines. It is also the
 * {@link dev.weft.runtime.value.ResourceHandle} inside {@code own}/{@code borrow} values, so a handle
 * lifted out of one instance's table is lowered into another's without any lookup, and the type
 * checks compare {@link dev.weft.types.ResourceType} identity exactly as the spec compares
 * {@code rt} objects.
 */
package dev.weft.runtime.resource;
