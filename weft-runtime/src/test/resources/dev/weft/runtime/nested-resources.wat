;; A child component defines resource `counter` (with a destructor that calls the imported
;; `dropped`); the parent instantiates it, uses the resource through lowered functions and its own
;; `resource.drop` (test(x) = get(make(x)), dropping the handle), and re-exports type and functions.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs nested-resources.wat nested-resources.wasm
(component $P
  (import "dropped" (func $dropped (param "rep" u32)))
  (component $C
    (import "dropped" (func $dropped (param "rep" u32)))
    (core func $dropped_lowered (canon lower (func $dropped)))
    (core module $Dtor
      (import "host" "dropped" (func $d (param i32)))
      (func (export "dtor") (param i32) (call $d (local.get 0))))
    (core instance $dtor (instantiate $Dtor (with "host" (instance (export "dropped" (func $dropped_lowered))))))
    (type $R (resource (rep i32) (dtor (core func $dtor "dtor"))))
    (core func $new (canon resource.new $R))
    (core module $M
      (import "r" "new" (func $new (param i32) (result i32)))
      (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
      (func (export "get") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2))))
    (core instance $m (instantiate $M (with "r" (instance (export "new" (func $new))))))
    (export $R2 "counter" (type $R))
    (func $make (param "x" u32) (result (own $R2)) (canon lift (core func $m "make")))
    (func $get (param "self" (borrow $R2)) (result u32) (canon lift (core func $m "get")))
    (export "[constructor]counter" (func $make))
    (export "[method]counter.get" (func $get)))
  (instance $c (instantiate $C (with "dropped" (func $dropped))))
  (alias export $c "counter" (type $R))
  (alias export $c "[constructor]counter" (func $make))
  (alias export $c "[method]counter.get" (func $get))
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
  (export $R3 "counter" (type $R))
  (export "[constructor]counter" (func $make) (func (param "x" u32) (result (own $R3))))
  (export "[method]counter.get" (func $get) (func (param "self" (borrow $R3)) (result u32)))
)
