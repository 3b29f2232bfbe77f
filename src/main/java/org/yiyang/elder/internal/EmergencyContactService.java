package org.yiyang.elder.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ContactDraft;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.EmergencyContact;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.InvalidPhoneNumber;
import org.yiyang.shared.PhoneNumber;

@Service
@Transactional
class EmergencyContactService implements EmergencyContacts {

    private final EmergencyContactStore store;
    private final ElderAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    EmergencyContactService(EmergencyContactStore store, ElderAccess access, AuditTrail audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EmergencyContact> of(Viewer viewer, long elderId) {
        access.require(viewer, elderId);
        return store.current(elderId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EmergencyContact> find(Viewer viewer, long elderId, long contactId) {
        access.require(viewer, elderId);
        return store.find(elderId, contactId);
    }

    @Override
    public long add(Viewer viewer, long elderId, ContactDraft draft) {
        access.require(viewer, elderId);
        var contact = validate(draft, true);
        List<EmergencyContact> current = store.current(elderId);
        if (current.size() >= MAX_CONTACTS) {
            throw new ElderProblem(null, "family.error.tooManyContacts");
        }
        int priority = draft.priority() != null ? draft.priority()
                : Math.min(9, current.stream().mapToInt(EmergencyContact::priority).max().orElse(0) + 1);
        long id = store.insert(elderId, contact, priority, viewer.username(), clock.instant());
        record(viewer, "EMERGENCY_CONTACT_ADDED", elderId, id);
        return id;
    }

    @Override
    public void update(Viewer viewer, long elderId, long contactId, ContactDraft draft) {
        access.require(viewer, elderId);
        EmergencyContact stored = store.find(elderId, contactId).orElseThrow(ElderProblem::notFound);
        var contact = validate(draft, false);
        int priority = draft.priority() != null ? draft.priority() : stored.priority();
        store.update(contactId, contact, priority, viewer.username(), clock.instant());
        record(viewer, "EMERGENCY_CONTACT_CHANGED", elderId, contactId);
    }

    @Override
    public void retire(Viewer viewer, long elderId, long contactId) {
        access.require(viewer, elderId);
        store.find(elderId, contactId).orElseThrow(ElderProblem::notFound);
        store.retire(contactId, viewer.username(), clock.instant());
        record(viewer, "EMERGENCY_CONTACT_RETIRED", elderId, contactId);
    }

    /** A validated contact; {@code phone} is null on an edit that keeps the stored phone. */
    record ValidContact(String name, ContactRelation relation, PhoneNumber phone, String note) {
    }

    private static ValidContact validate(ContactDraft d, boolean phoneRequired) {
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            throw new ElderProblem("name", "family.error.required");
        }
        if (name.length() > 50) {
            throw new ElderProblem("name", "family.error.nameTooLong");
        }
        if (d.relation() == null) {
            throw new ElderProblem("relation", "family.error.relationRequired");
        }
        PhoneNumber phone = phone(d.phone(), phoneRequired);
        if (d.priority() != null && (d.priority() < 1 || d.priority() > 9)) {
            throw new ElderProblem("priority", "family.error.priority");
        }
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        if (note != null && note.length() > 100) {
            throw new ElderProblem("note", "family.error.noteTooLong");
        }
        return new ValidContact(name, d.relation(), phone, note);
    }

    private static PhoneNumber phone(String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new ElderProblem("phone", "family.error.phoneRequired");
            }
            return null;
        }
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneNumber e) {
            throw new ElderProblem("phone", e.messageKey());
        }
    }

    private void record(Viewer viewer, String action, long elderId, long contactId) {
        audit.record(AuditEntry.success(viewer.username(), action, "elder:" + elderId)
                .inDivision(access.divisionOf(elderId).map(d -> d.value()).orElse(null))
                .withDetail("contact:" + contactId + " by=" + viewer.role()));
    }
}
