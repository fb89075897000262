;; A child component defining resource `r` (make(x) -> own<r> with rep x; get(borrow<r>) = rep),
;; instantiated twice and exported as instances `one` and `two`: two resource types.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs nested-twice.wat nested-twice.wasm
(component
  (component $C
    (type $R (resource (rep i32)))
    (core func $new (canon resource.new $R))
    (core module $M
      (import "r" "new" (func $new (param i32) (result i32)))
      (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
      (func (export "get") (param i32) (result i32) (local.get 0)))
    (core instance $m (instantiate $M (with "r" (instance (export "new" (func $new))))))
    (export $R2 "r" (type $R))
    (func $make (param "x" u32) (result (own $R2)) (canon lift (core func $m "make")))
    (func $get (param "self" (borrow $R2)) (result u32) (canon lift (core func $m "get")))
    (export "make" (func $make))
    (export "get" (func $get)))
  (instance $one (instantiate $C))
  (instance $two (instantiate $C))
  (export "one" (instance $one))
  (export "two" (instance $two))
)
