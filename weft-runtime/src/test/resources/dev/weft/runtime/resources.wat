;; Defines and exports a resource `counter` (rep i32, with a destructor that logs) plus
;; `roundtrip(x) = rep(new(x))` which drops its handle again, a constructor and a method.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs resources.wat resources.wasm
(component
  (import "dropped" (func $dropped (param "rep" u32)))
  (core func $dropped_lowered (canon lower (func $dropped)))
  (core module $Dtor
    (import "host" "dropped" (func $dropped (param i32)))
    (func (export "dtor") (param i32) (call $dropped (local.get 0))))
  (core instance $dtor (instantiate $Dtor (with "host" (instance (export "dropped" (func $dropped_lowered))))))
  (type $R (resource (rep i32) (dtor (core func $dtor "dtor"))))
  (core func $new (canon resource.new $R))
  (core func $rep (canon resource.rep $R))
  (core func $drop (canon resource.drop $R))
  (core module $M
    (import "r" "new" (func $new (param i32) (result i32)))
    (import "r" "rep" (func $rep (param i32) (result i32)))
    (import "r" "drop" (func $drop (param i32)))
    (func (export "roundtrip") (param i32) (result i32)
      (local $h i32)
      (local.set $h (call $new (local.get 0)))
      (call $rep (local.get $h))
      (call $drop (local.get $h)))
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    (func (export "get") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2))))
  (core instance $m (instantiate $M
    (with "r" (instance (export "new" (func $new)) (export "rep" (func $rep)) (export "drop" (func $drop))))))
  (export $R2 "counter" (type $R))
  (func $roundtrip (param "x" u32) (result u32) (canon lift (core func $m "roundtrip")))
  (func $make (param "x" u32) (result (own $R2)) (canon lift (core func $m "make")))
  (func $get (param "self" (borrow $R2)) (result u32) (canon lift (core func $m "get")))
  (export "roundtrip" (func $roundtrip))
  (export "[constructor]counter" (func $make))
  (export "[method]counter.get" (func $get))
)
