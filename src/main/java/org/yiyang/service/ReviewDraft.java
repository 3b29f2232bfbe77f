package org.yiyang.service;

import java.util.Set;

/**
 * A rating as the elder's side gives it: 1–5 stars, tags from the fixed {@link ReviewTag} set, and an optional
 * comment of at most 500 characters. Checked by {@link Reviews#review}.
 */
public record ReviewDraft(int stars, Set<ReviewTag> tags, String comment) {

    public ReviewDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
