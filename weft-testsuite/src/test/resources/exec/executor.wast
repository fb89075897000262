;; Fixture of InstantiatingExecutorTest: each command's verdict is asserted by line there.
;; After editing, regenerate executor.json and the binaries from the repository's root with jco:
;;   tools=$(../shared/tools/setup-node-tools.sh)
;;   node "$tools/wast2json.mjs" weft-testsuite/src/test/resources/exec/executor.wast weft-testsuite/src/test/resources/exec executor

;; line numbers matter: InstantiatingExecutorTest names commands by line
(component
  (core module $M
    (func (export "seven") (result i32) i32.const 7)
    (func (export "boom") unreachable))
  (core instance $m (instantiate $M))
  (func (export "seven") (result u32) (canon lift (core func $m "seven")))
  (func (export "boom") (canon lift (core func $m "boom"))))
(assert_return (invoke "seven") (u32.const 7))
(assert_return (invoke "seven") (u32.const 8))
(assert_trap (invoke "seven") "unreachable")
(assert_return (invoke "eight") (u32.const 8))
(invoke "seven")
(assert_trap (invoke "boom") "unreachable")

(component $Boom
  (core module $M (func (export "boom") unreachable))
  (core instance $m (instantiate $M))
  (func (export "boom") (canon lift (core func $m "boom"))))
(assert_trap (invoke $Boom "boom") "out of bounds")

;; definitions and instances by name
(component definition $Echo
  (core module $M (func (export "id") (param i32) (result i32) local.get 0))
  (core instance $m (instantiate $M))
  (func (export "id") (param "x" s32) (result s32) (canon lift (core func $m "id"))))
(component instance $e1 $Echo)
(component instance $e2 $Echo)
(assert_return (invoke $e1 "id" (s32.const -5)) (s32.const -5))
(assert_return (invoke $e2 "id" (u32.const 5)) (s32.const 5))
(assert_return (invoke $nope "id" (s32.const 1)) (s32.const 1))

;; registration: the exported core module of $lib is importable as "lib"
(component $lib
  (core module $Inner (func (export "nine") (result i32) i32.const 9))
  (export "inner" (core module $Inner)))
(component
  (import "lib" (instance $lib (export "inner" (core module
    (export "nine" (func (result i32)))))))
  (alias export $lib "inner" (core module $Inner))
  (core instance $i (instantiate $Inner))
  (func (export "nine") (result u32) (canon lift (core func $i "nine"))))
(assert_return (invoke "nine") (u32.const 9))

;; the host's functions, as Wasmtime's runner offers them
(component
  (import "host" (instance $host
    (export "return-three" (func (result u32)))
    (export "nested" (instance (export "return-four" (func (result u32)))))))
  (import "host-return-two" (func $two (result u32)))
  (alias export $host "return-three" (func $three))
  (alias export $host "nested" (instance $nested))
  (alias export $nested "return-four" (func $four))
  (core func $two' (canon lower (func $two)))
  (core func $three' (canon lower (func $three)))
  (core func $four' (canon lower (func $four)))
  (core module $M
    (import "" "two" (func $two (result i32)))
    (import "" "three" (func $three (result i32)))
    (import "" "four" (func $four (result i32)))
    (func (export "sum") (result i32)
      (i32.add (call $two) (i32.add (call $three) (call $four)))))
  (core instance $m (instantiate $M (with "" (instance
    (export "two" (func $two')) (export "three" (func $three')) (export "four" (func $four'))))))
  (func (export "sum") (result u32) (canon lift (core func $m "sum"))))
(assert_return (invoke "sum") (u32.const 9))

;; instantiation traps, linking fails
(assert_trap
  (component
    (core module $M (func $start unreachable) (start $start))
    (core instance (instantiate $M)))
  "unreachable")
(assert_unlinkable
  (component (import "no-such-import" (func)))
  "no-such-import")
(assert_unlinkable
  (component)
  "anything")

;; commands on an instance that is not there inherit why
(component $Unlinked (import "missing" (func)))
(assert_return (invoke $Unlinked "f"))
(assert_return (invoke "f"))
(component quote "(component (func")
(assert_return (invoke "f"))

;; registration holds only core modules and resource types, the latter with their identity
(component $res
  (type $r (resource (rep i32)))
  (export "r" (type $r))
  (core module $M (func (export "one") (result i32) i32.const 1))
  (core instance $m (instantiate $M))
  (func (export "one") (result u32) (canon lift (core func $m "one"))))
(assert_return (invoke "one") (u32.const 1))
(assert_unlinkable
  (component (import "res" (instance (export "one" (func (result u32))))))
  "one")
(component $reexport
  (import "res" (instance $res (export "r" (type (sub resource)))))
  (alias export $res "r" (type $r))
  (export "r" (type $r)))
(component
  (import "res" (instance $res (export "r" (type (sub resource)))))
  (alias export $res "r" (type $r))
  (import "reexport" (instance (export "r" (type (eq $r))))))
(assert_unlinkable
  (component
    (import "res" (instance $res (export "r" (type (sub resource)))))
    (alias export $res "r" (type $r))
    (import "host" (instance (export "resource1" (type (eq $r))))))
  "resource")

;; the host's core module
(component
  (import "host" (instance $host (export "simple-module" (core module
    (export "g" (global i32))
    (export "f" (func (result i32)))))))
  (alias export $host "simple-module" (core module $Simple))
  (core instance $s (instantiate $Simple))
  (core module $Read
    (import "simple" "g" (global i32))
    (func (export "g") (result i32) global.get 0))
  (core instance $r (instantiate $Read (with "simple" (instance $s))))
  (func (export "f") (result u32) (canon lift (core func $s "f")))
  (func (export "g") (result u32) (canon lift (core func $r "g"))))
(assert_return (invoke "f") (u32.const 101))
(assert_return (invoke "g") (u32.const 100))

;; the host's resources: resource1-again is resource1, resource2 another type
(component
  (import "host" (instance
    (export "resource1" (type $r1 (sub resource)))
    (export "resource2" (type (sub resource)))
    (export "resource1-again" (type (eq $r1))))))
(assert_unlinkable
  (component
    (import "host" (instance
      (export "resource1" (type (sub resource)))
      (export "resource2" (type $r2 (sub resource)))
      (export "resource1-again" (type (eq $r2))))))
  "resource")

;; resource1: its constructor, methods and drop counters, with Wasmtime's semantics
(component
  (import "host" (instance $host
    (export "resource1" (type $r (sub resource)))
    (export "[constructor]resource1" (func (param "r" u32) (result (own $r))))
    (export "[static]resource1.assert" (func (param "r" (own $r)) (param "rep" u32)))
    (export "[static]resource1.drops" (func (result u32)))
    (export "[static]resource1.last-drop" (func (result u32)))
    (export "[method]resource1.simple" (func (param "self" (borrow $r)) (param "rep" u32)))
    (export "[method]resource1.take-borrow" (func (param "self" (borrow $r)) (param "b" (borrow $r))))
    (export "[method]resource1.take-own" (func (param "self" (borrow $r)) (param "b" (own $r))))))
  (alias export $host "resource1" (type $r))
  (core func $drop (canon resource.drop $r))
  (core func $ctor (canon lower (func $host "[constructor]resource1")))
  (core func $assert (canon lower (func $host "[static]resource1.assert")))
  (core func $drops (canon lower (func $host "[static]resource1.drops")))
  (core func $last-drop (canon lower (func $host "[static]resource1.last-drop")))
  (core func $simple (canon lower (func $host "[method]resource1.simple")))
  (core func $take-borrow (canon lower (func $host "[method]resource1.take-borrow")))
  (core func $take-own (canon lower (func $host "[method]resource1.take-own")))
  (core module $M
    (import "" "drop" (func $drop (param i32)))
    (import "" "ctor" (func $ctor (param i32) (result i32)))
    (import "" "assert" (func $assert (param i32 i32)))
    (import "" "drops" (func $drops (result i32)))
    (import "" "last-drop" (func $last-drop (result i32)))
    (import "" "simple" (func $simple (param i32 i32)))
    (import "" "take-borrow" (func $take-borrow (param i32 i32)))
    (import "" "take-own" (func $take-own (param i32 i32)))
    (func (export "drops") (result i32) (call $drops))
    (func (export "last-drop") (result i32) (call $last-drop))
    (func (export "make-and-drop") (param $rep i32)
      (call $drop (call $ctor (local.get $rep))))
    (func (export "make-and-assert") (param $rep i32) (param $expected i32)
      (call $assert (call $ctor (local.get $rep)) (local.get $expected)))
    (func (export "borrows") (param $rep i32)
      (local $h i32)
      (local.set $h (call $ctor (local.get $rep)))
      (call $simple (local.get $h) (local.get $rep))
      (call $take-borrow (local.get $h) (local.get $h))
      (call $take-own (local.get $h) (call $ctor (i32.add (local.get $rep) (i32.const 1))))
      (call $drop (local.get $h))))
  (core instance $m (instantiate $M (with "" (instance
    (export "drop" (func $drop)) (export "ctor" (func $ctor)) (export "assert" (func $assert))
    (export "drops" (func $drops)) (export "last-drop" (func $last-drop)) (export "simple" (func $simple))
    (export "take-borrow" (func $take-borrow)) (export "take-own" (func $take-own))))))
  (func (export "drops") (result u32) (canon lift (core func $m "drops")))
  (func (export "last-drop") (result u32) (canon lift (core func $m "last-drop")))
  (func (export "make-and-drop") (param "rep" u32) (canon lift (core func $m "make-and-drop")))
  (func (export "make-and-assert") (param "rep" u32) (param "expected" u32) (canon lift (core func $m "make-and-assert")))
  (func (export "borrows") (param "rep" u32) (canon lift (core func $m "borrows"))))
(assert_return (invoke "drops") (u32.const 0))
(assert_return (invoke "last-drop") (u32.const 0))
(assert_return (invoke "make-and-drop" (u32.const 100)))
(assert_return (invoke "drops") (u32.const 1))
(assert_return (invoke "last-drop") (u32.const 100))
(assert_return (invoke "make-and-assert" (u32.const 7) (u32.const 7)))
(assert_return (invoke "drops") (u32.const 1))
(assert_return (invoke "borrows" (u32.const 5)))
(assert_return (invoke "drops") (u32.const 2))
(assert_return (invoke "last-drop") (u32.const 5))
(assert_trap (invoke "make-and-assert" (u32.const 8) (u32.const 9)) "host assertion failed")

;; a registered instance shadows the host's instance of the same name
(component $host
  (core module $Z (func (export "zero") (result i32) i32.const 0))
  (export "z" (core module $Z)))
(assert_unlinkable
  (component (import "host" (instance (export "return-three" (func (result u32))))))
  "return-three")
