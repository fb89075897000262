package dev.weft.runtime.instance;

import dev.weft.engine.CoreExtern;
import dev.weft.engine.CoreInstance;

/**
 * What a core instance slot holds: the exports of a core instance by position, in its module's
 * export order, or in the order of an inline {@code (core instance (export ...)*)}. The names
 * behind the positions were resolved once, by {@link PreparedPlan}.
 */
sealed interface CoreExports {
    /** The export at {@code position}. */
    CoreExtern get(int position);

    /** An instantiated core module. */
    record Instantiated(CoreInstance instance) implements CoreExports {
        @Override
        public CoreExtern get(int position) {
            return instance.export(position);
        }
    }

    /** {@code (core instance (export "n" ...)*)}: the values, in order. */
    record Inline(CoreExtern[] values) implements CoreExports {
        @Override
        public CoreExtern get(int position) {
            return values[position];
        }
    }
}
