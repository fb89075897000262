;; Core exception tags flowing between core instances: a tag aliased out of the instance that
;; defines it, tupled into a synthesized instance, imported by a thrower and a catcher;
;; run(x) returns x when the catcher caught the thrower's exception.
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs tags.wat tags.wasm
(component
  (core module $Tag (tag (export "t") (param i32)))
  (core module $Thrower
    (import "tag" "t" (tag $t (param i32)))
    (func (export "throw") (param i32)
      (throw $t (local.get 0))))
  (core module $Catcher
    (import "tag" "t" (tag $t (param i32)))
    (import "thrower" "throw" (func $throw (param i32)))
    (func (export "run") (param i32) (result i32)
      (block $h (result i32)
        (try_table (catch $t $h)
          (call $throw (local.get 0)))
        (return (i32.const 99)))))
  (core instance $tag (instantiate $Tag))
  (alias core export $tag "t" (core tag $t))
  (core instance $syn (export "t" (tag $t)))
  (core instance $thrower (instantiate $Thrower (with "tag" (instance $syn))))
  (core instance $catcher (instantiate $Catcher
    (with "tag" (instance $syn))
    (with "thrower" (instance $thrower))))
  (func (export "run") (param "x" u32) (result u32)
    (canon lift (core func $catcher "run")))
  (func (export "throw") (param "x" u32)
    (canon lift (core func $thrower "throw")))
)
