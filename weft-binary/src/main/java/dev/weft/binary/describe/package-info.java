/**
 * Describing a validated component to a person: its imports and exports in WIT-like syntax, with
 * named types (a record exported as {@code point} is printed {@code point} where it is used), and
 * its sections, core modules and nested components with offsets and sizes. Used by
 * {@code weft inspect}; the faithful WIT rendering of a component's world builds on the same printer.
 */
package dev.weft.binary.describe;
