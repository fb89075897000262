;; Puts functions into the table of indirect-caller.wat (CoreIndirectCallTest): slot 0 (i32)->i32
;; (type index 0 here, 1 there), slot 1 (i64)->i64 (index 1 here: equal to the caller's index of
;; (i32)->i32 although the types differ), slot 2 (f64)->f64 (a type the caller does not have),
;; slot 4 a function that traps, slot 5 the imported function "host" "neg".
(module
  (type $ii (func (param i32) (result i32)))   ;; 0
  (type $l (func (param i64) (result i64)))    ;; 1
  (type $f (func (param f64) (result f64)))    ;; 2
  (import "caller" "t" (table 6 funcref))
  (import "host" "neg" (func $neg (type $ii)))
  (func $inc (type $ii) (i32.add (local.get 0) (i32.const 1)))
  (func $wide (type $l) (i64.add (local.get 0) (i64.const 1)))
  (func $float (type $f) (local.get 0))
  (func $trap (type $ii) unreachable)
  (elem (i32.const 0) $inc $wide $float)
  (elem (i32.const 4) $trap $neg)
)
