package org.yiyang.service;

import org.yiyang.identity.Role;

/** How a complaint came in: opened by a low rating, filed by the elder, a family member, or the 12349 hotline. */
public enum ComplaintSource {
    LOW_RATING, // 差评自动转投诉
    ELDER,
    FAMILY,
    HOTLINE;

    /** The source of a complaint filed directly by someone of the elder's side. */
    public static ComplaintSource filedBy(Role role) {
        return switch (role) {
            case ELDER -> ELDER;
            case FAMILY -> FAMILY;
            case OPERATOR -> HOTLINE;
            default -> throw new IllegalArgumentException("Role " + role + " does not file complaints");
        };
    }

    public String messageKey() {
        return "review.complaint.source." + name();
    }
}
