;; Imports only the resource type `counter` of test:res/counters (e.g. another instance's), and a
;; host function `observe` whose type mentions it (the outer alias wit-component emits);
;; observe-and-drop(c) = observe(borrow c), then drops c.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs resource-user.wat resource-user.wasm
(component
  (import "test:res/counters" (instance $c (export "counter" (type (sub resource)))))
  (alias export $c "counter" (type $counter))
  (import "test:host/observer" (instance $o
    (alias outer 1 $counter (type $outer-counter))
    (export "counter" (type $counter (eq $outer-counter)))
    (export "observe" (func (param "c" (borrow $counter)) (result u32)))))
  (core func $observe (canon lower (func $o "observe")))
  (core func $drop (canon resource.drop $counter))
  (core module $M
    (import "h" "observe" (func $observe (param i32) (result i32)))
    (import "h" "drop" (func $drop (param i32)))
    (func (export "observe-and-drop") (param i32) (result i32)
      (local $r i32)
      (local.set $r (call $observe (local.get 0)))
      (call $drop (local.get 0))
      (local.get $r)))
  (core instance $m (instantiate $M (with "h" (instance (export "observe" (func $observe)) (export "drop" (func $drop))))))
  (func (export "observe-and-drop") (param "c" (own $counter)) (result u32)
    (canon lift (core func $m "observe-and-drop")))
)
