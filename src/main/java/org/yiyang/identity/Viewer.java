package org.yiyang.identity;

import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/** The person (or machine client) making the current request, and the division they may see. */
public record Viewer(long accountId, String username, String displayName, Role role, DivisionCode division) {

    public DivisionScope scope() {
        return DivisionScope.of(division);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    public boolean mayView(DivisionCode code) {
        return division.contains(code);
    }

    /** Throws {@link OutOfScope} unless {@code code} lies within the viewer's division. */
    public void requireWithin(DivisionCode code) {
        if (!mayView(code)) {
            throw new OutOfScope(this, code);
        }
    }
}
