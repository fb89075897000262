;; Uses `canon backpressure.inc` (async), which Weft does not implement yet: `run` calls it.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs unsupported-builtin.wat unsupported-builtin.wasm
(component
  (core func $inc (canon backpressure.inc))
  (core module $M
    (import "" "inc" (func $inc))
    (func (export "run") (call $inc))
    (func (export "ok") (result i32) (i32.const 1)))
  (core instance $m (instantiate $M (with "" (instance (export "inc" (func $inc))))))
  (func (export "run") (canon lift (core func $m "run")))
  (func (export "ok") (result u32) (canon lift (core func $m "ok")))
)
