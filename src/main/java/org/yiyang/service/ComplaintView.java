package org.yiyang.service;

import java.util.Set;

/** A complaint as its page shows it: the complaint, the rating behind it (if any) and what the viewer may do. */
public record ComplaintView(Complaint complaint, Review review, Set<ComplaintAction> actions) {

    public ComplaintView {
        actions = Set.copyOf(actions);
    }
}
