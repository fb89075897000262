;; Imports a component, which Weft does not support yet.
(component (import "c" (component)))
