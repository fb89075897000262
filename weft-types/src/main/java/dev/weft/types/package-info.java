/**
 * The semantic types of the Component Model, after validation: value types with every index
 * resolved (a record's field refers to its type directly), function types, and resources as
 * identities. Value types are records, so equal structures are {@code equals}; the validator
 * interns them so that equal types are usually also the same object.
 *
 * <p>These are what the canonical ABI ({@code dev.weft.abi}), the instantiation plan and the public
 * API speak; the syntax of the binary lives in {@code dev.weft.binary.ast}.
 */
package dev.weft.types;
