;; Imports `test:res/counters` (a resource and its functions) and exports test(x) = get(make(x)),
;; dropping the handle with its own `resource.drop`.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs consumer-resources.wat consumer-resources.wasm
(component
  (import "test:res/counters" (instance $c
    (export "counter" (type $R (sub resource)))
    (export "make" (func (param "x" u32) (result (own $R))))
    (export "get" (func (param "self" (borrow $R)) (result u32)))))
  (alias export $c "counter" (type $R))
  (alias export $c "make" (func $make))
  (alias export $c "get" (func $get))
  (core func $make_lowered (canon lower (func $make)))
  (core func $get_lowered (canon lower (func $get)))
  (core func $drop (canon resource.drop $R))
  (core module $U
    (import "c" "make" (func $make (param i32) (result i32)))
    (import "c" "get" (func $get (param i32) (result i32)))
    (import "c" "drop" (func $drop (param i32)))
    (func (export "test") (param i32) (result i32)
      (local $h i32)
      (local.set $h (call $make (local.get 0)))
      (call $get (local.get $h))
      (call $drop (local.get $h))))
  (core instance $u (instantiate $U
    (with "c" (instance (export "make" (func $make_lowered)) (export "get" (func $get_lowered)) (export "drop" (func $drop))))))
  (func $test (param "x" u32) (result u32) (canon lift (core func $u "test")))
  (export "test" (func $test))
)
