;; Exports a core module `answer-module` (exports "answer": () -> 42), as module-import.wat imports.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs module-exporter.wat module-exporter.wasm
(component
  (core module $M (func (export "answer") (result i32) (i32.const 42)))
  (export "answer-module" (core module $M))
)
