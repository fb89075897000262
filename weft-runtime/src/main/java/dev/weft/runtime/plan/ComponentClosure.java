package dev.weft.runtime.plan;

import dev.weft.binary.validate.ValidatedComponent;

/**
 * A nested component together with the scope it was defined in, which its {@code alias outer}
 * definitions refer to (lexical scoping, as the Explainer's de Bruijn indices require). Opaque
 * outside the planner.
 */
public final class ComponentClosure {
    final ValidatedComponent component;
    final Scope definedIn;

    ComponentClosure(ValidatedComponent component, Scope definedIn) {
        this.component = component;
        this.definedIn = definedIn;
    }

    @Override
    public String toString() {
        return "component " + component;
    }
}
