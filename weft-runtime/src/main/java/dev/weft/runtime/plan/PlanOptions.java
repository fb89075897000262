package dev.weft.runtime.plan;

import dev.weft.binary.ast.CanonOpt;
import java.util.Optional;

/**
 * The canonical options of a lift, lower or built-in with every index resolved to a slot; the
 * instantiation turns them into the canon package's {@code CanonOptions} holding the live memory
 * and functions.
 */
public record PlanOptions(CanonOpt.StringEncoding stringEncoding, Optional<Slot.CoreMemory> memory,
                          Optional<Slot.CoreFunc> realloc, Optional<Slot.CoreFunc> postReturn, boolean async,
                          Optional<Slot.CoreFunc> callback) {}
