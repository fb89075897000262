;; Imports a core module exporting `answer: () -> i32` and exports `answer: func() -> s32` calling it.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs module-import.wat module-import.wasm
(component
  (core type $mt (module (export "answer" (func (result i32)))))
  (import "impl" (core module $M (type $mt)))
  (core instance $m (instantiate $M))
  (func $answer (result s32) (canon lift (core func $m "answer")))
  (export "answer" (func $answer))
)
