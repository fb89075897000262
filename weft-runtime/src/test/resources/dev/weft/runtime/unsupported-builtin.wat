;; Uses `canon waitable-set.new` (async), which Weft does not implement yet: `run` calls it.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs unsupported-builtin.wat unsupported-builtin.wasm
(component
  (core func $new (canon waitable-set.new))
  (core module $M
    (import "" "new" (func $new (result i32)))
    (func (export "run") (drop (call $new)))
    (func (export "ok") (result i32) (i32.const 1)))
  (core instance $m (instantiate $M (with "" (instance (export "new" (func $new))))))
  (func (export "run") (canon lift (core func $m "run")))
  (func (export "ok") (result u32) (canon lift (core func $m "ok")))
)
