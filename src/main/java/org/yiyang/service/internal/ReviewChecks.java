package org.yiyang.service.internal;

import org.yiyang.service.OrderProblem;
import org.yiyang.service.ReviewDraft;

/** What a rating must be: 1–5 stars and a comment of at most 500 characters (tags are checked when parsed). */
final class ReviewChecks {

    static final int MAX_COMMENT = 500;
    static final int MAX_TEXT = 1000;

    private ReviewChecks() {
    }

    static void check(ReviewDraft draft) {
        if (draft.stars() < 1 || draft.stars() > 5) {
            throw OrderProblem.of("stars", "review.error.stars");
        }
        if (draft.comment() != null && draft.comment().strip().length() > MAX_COMMENT) {
            throw OrderProblem.of("comment", "review.error.commentTooLong", MAX_COMMENT);
        }
    }

    /** Required text of at most {@code max} characters, stripped. */
    static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw OrderProblem.of(field, "review.error.textRequired");
        }
        return optional(field, text, max);
    }

    /** Optional text of at most {@code max} characters: stripped, or null when blank. */
    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw OrderProblem.of(field, "review.error.textTooLong", max);
        }
        return stripped;
    }
}
