;; A wasi:cli/run command that loops forever: for `weft run --timeout`.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs spin.wat spin.wasm
(component
  (core module $M
    (func (export "run") (result i32) (loop $l (br $l)) (unreachable)))
  (core instance $m (instantiate $M))
  (func $run (result (result)) (canon lift (core func $m "run")))
  (instance $i (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $i))
)
