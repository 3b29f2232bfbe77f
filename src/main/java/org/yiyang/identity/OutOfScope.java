package org.yiyang.identity;

import org.springframework.security.access.AccessDeniedException;
import org.yiyang.shared.DivisionCode;

/** A viewer asked for data of a division outside their own subtree (越权访问). Answered with 403 and audited. */
public class OutOfScope extends AccessDeniedException {

    private final transient Viewer viewer;
    private final DivisionCode requested;

    public OutOfScope(Viewer viewer, DivisionCode requested) {
        super("Division " + requested + " is outside the viewer's scope");
        this.viewer = viewer;
        this.requested = requested;
    }

    public Viewer viewer() {
        return viewer;
    }

    public DivisionCode requested() {
        return requested;
    }
}
