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
