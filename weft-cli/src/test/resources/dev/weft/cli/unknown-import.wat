;; A wasi:cli command that imports an interface neither WASI nor weft defines
;; (example:missing/greeter), to check what `weft run` says about it; run exits with ok
;; without calling it. Rebuild: node ~/.cache/component-tools/wat2wasm.mjs unknown-import.wat unknown-import.wasm
(component
  (import "example:missing/greeter@1.0.0" (instance $greeter
    (export "greet" (func))))
  (core module $Main
    (func (export "run") (result i32) (i32.const 0)))
  (core instance $main (instantiate $Main))
  (func $run (result (result)) (canon lift (core func $main "run")))
  (instance $run-instance (export "run" (func $run)))
  (export "wasi:cli/run@0.2.12" (instance $run-instance))
)
