/**
 * The project's exceptions. What a guest or a user can cause throws one of these, with context
 * (byte offset, name, WIT position); broken internal invariants are assertions, never these.
 */
package dev.weft.errors;
