package org.yiyang.elder.web;

import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.LinkRequest;

/** The link request exactly as typed, so that an error page shows it again. */
record LinkRequestForm(String idNumber, String relation) {

    static LinkRequestForm empty() {
        return new LinkRequestForm("", "");
    }

    LinkRequest toRequest() {
        return new LinkRequest(idNumber, relation(relation));
    }

    static FamilyRelation relation(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FamilyRelation.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new ElderProblem("relation", "typeMismatch");
        }
    }
}
