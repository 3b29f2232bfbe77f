package org.yiyang.service.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.yiyang.service.OrderProblem;
import org.yiyang.service.ReviewDraft;
import org.yiyang.service.ReviewTag;

/** The rating form as typed: stars "1".."5", tag codes, a comment. Converted here, checked by the service. */
record ReviewForm(String stars, List<String> tags, String comment) {

    ReviewForm {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static ReviewForm empty() {
        return new ReviewForm("", List.of(), "");
    }

    ReviewDraft toDraft() {
        return new ReviewDraft(stars(stars), tags(tags), comment);
    }

    private static int stars(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw OrderProblem.of("stars", "review.error.stars");
        }
    }

    static Set<ReviewTag> tags(List<String> codes) {
        Set<ReviewTag> tags = EnumSet.noneOf(ReviewTag.class);
        if (codes != null) {
            codes.stream().filter(code -> code != null && !code.isBlank()).map(ReviewTag::parse).forEach(tags::add);
        }
        return tags;
    }
}
