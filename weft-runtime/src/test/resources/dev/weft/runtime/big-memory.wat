;; For LimitsTest: a core module whose memory starts at 32 pages (2 MiB).
;; Rebuild: node ~/.cache/component-tools/wat2wasm.mjs big-memory.wat big-memory.wasm
(component
  (core module $M (memory 32))
  (core instance $m (instantiate $M))
)
