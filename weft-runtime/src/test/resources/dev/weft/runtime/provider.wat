;; Exports `test:env/values@0.2.3` with get-value() = 100 (+1 for every earlier call).
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs provider.wat provider.wasm
(component
  (core module $M
    (global $n (mut i32) (i32.const 100))
    (func (export "get-value") (result i32)
      (global.get $n)
      (global.set $n (i32.add (global.get $n) (i32.const 1)))))
  (core instance $m (instantiate $M))
  (func $get (result u32) (canon lift (core func $m "get-value")))
  (instance $values (export "get-value" (func $get)))
  (export "test:env/values@0.2.3" (instance $values))
)
