package org.yiyang.elder.web;

import org.yiyang.elder.ContactDraft;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.EmergencyContact;

/**
 * An emergency contact exactly as typed; every field is text so binding never fails and nothing typed is lost.
 * On edit the phone starts empty: it is never sent back in clear, and empty keeps the stored one.
 */
record ContactForm(String name, String relation, String phone, String priority, String note) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "");
    }

    static ContactForm of(EmergencyContact c) {
        return new ContactForm(c.name(), c.relation().name(), "", Integer.toString(c.priority()),
                c.note() == null ? "" : c.note());
    }

    ContactDraft toDraft() {
        return new ContactDraft(name, relationValue(), phone, priorityValue(), note);
    }

    private ContactRelation relationValue() {
        if (relation == null || relation.isBlank()) {
            return null;
        }
        try {
            return ContactRelation.valueOf(relation);
        } catch (IllegalArgumentException e) {
            throw new ElderProblem("relation", "typeMismatch");
        }
    }

    private Integer priorityValue() {
        if (priority == null || priority.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(priority.strip());
        } catch (NumberFormatException e) {
            throw new ElderProblem("priority", "family.error.priority");
        }
    }
}
