package dev.weft.runtime;

import dev.weft.engine.CoreEngine;

/** How core code runs. */
public enum Execution {
    /** Interpret the Wasm instructions: no compile time, slower calls. */
    INTERPRETER,
    /** Translate each core module to JVM bytecode once, when the component is loaded: faster calls. */
    COMPILER;

    CoreEngine.Execution core() {
        return switch (this) {
            case INTERPRETER -> CoreEngine.Execution.INTERPRETER;
            case COMPILER -> CoreEngine.Execution.COMPILER;
        };
    }
}
