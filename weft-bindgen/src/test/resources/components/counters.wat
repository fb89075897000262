;; Exports `test:res/counters` with a resource `counter` (rep i32) whose destructor calls the
;; host's `dropped(rep)`: a constructor (rep = start), `get` (rep * 2), and the static
;; `merge(a: own, b: borrow)` (a new counter of rep(a) + rep(b), dropping a).
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs counters.wat counters.wasm
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
    (func (export "make") (param i32) (result i32) (call $new (local.get 0)))
    (func (export "get") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
    (func (export "merge") (param $a i32) (param $b i32) (result i32)
      (local $sum i32)
      (local.set $sum (i32.add (call $rep (local.get $a)) (local.get $b)))
      (call $drop (local.get $a))
      (call $new (local.get $sum))))
  (core instance $m (instantiate $M
    (with "r" (instance (export "new" (func $new)) (export "rep" (func $rep)) (export "drop" (func $drop))))))
  (func $make (param "start" u32) (result (own $R)) (canon lift (core func $m "make")))
  (func $get (param "self" (borrow $R)) (result u32) (canon lift (core func $m "get")))
  (func $merge (param "a" (own $R)) (param "b" (borrow $R)) (result (own $R)) (canon lift (core func $m "merge")))
  ;; wit-component's shape: a nested component exports the functions with types that name the
  ;; exported resource, as an exported interface needs
  (component $Shim
    (import "counter-in" (type $Rin (sub resource)))
    (import "make-in" (func $make (param "start" u32) (result (own $Rin))))
    (import "get-in" (func $get (param "self" (borrow $Rin)) (result u32)))
    (import "merge-in" (func $merge (param "a" (own $Rin)) (param "b" (borrow $Rin)) (result (own $Rin))))
    (export $Rout "counter" (type $Rin))
    (export "[constructor]counter" (func $make) (func (param "start" u32) (result (own $Rout))))
    (export "[method]counter.get" (func $get) (func (param "self" (borrow $Rout)) (result u32)))
    (export "[static]counter.merge" (func $merge) (func (param "a" (own $Rout)) (param "b" (borrow $Rout)) (result (own $Rout)))))
  (instance $i (instantiate $Shim
    (with "counter-in" (type $R))
    (with "make-in" (func $make))
    (with "get-in" (func $get))
    (with "merge-in" (func $merge))))
  (export "test:res/counters" (instance $i))
)
