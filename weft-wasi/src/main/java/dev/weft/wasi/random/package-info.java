/**
 * {@code wasi:random}: secure and insecure random numbers, always granted.
 *
 * <p>Why a separate insecure generator: guests use it for hash-table seeds and the like, called
 * often; a {@link java.util.SplittableRandom} seeded once from {@link java.security.SecureRandom}
 * keeps those calls cheap without draining the secure source.
 */
package dev.weft.wasi.random;
