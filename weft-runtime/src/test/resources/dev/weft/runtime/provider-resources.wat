;; Exports instance `test:res/counters` with a resource `counter`, `make` and `get`
;; (get = rep + 100).
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs provider-resources.wat provider-resources.wasm
(component
  (type $R (resource (rep i32)))
  (core func $new (canon resource.new $R))
  (core module $M
    (import "r" "new" (func $new (param i32) (result i32)))
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    (func (export "get") (param i32) (result i32) (i32.add (local.get 0) (i32.const 100))))
  (core instance $m (instantiate $M (with "r" (instance (export "new" (func $new))))))
  (func $make (param "x" u32) (result (own $R)) (canon lift (core func $m "make")))
  (func $get (param "self" (borrow $R)) (result u32) (canon lift (core func $m "get")))
  (instance $i
    (export "counter" (type $R))
    (export "make" (func $make))
    (export "get" (func $get)))
  (export "test:res/counters" (instance $i))
)
