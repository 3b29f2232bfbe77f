package org.yiyang.elder;

import java.util.List;
import java.util.Optional;

import org.yiyang.identity.Viewer;

/**
 * An elder's emergency contacts (紧急联系人), in priority order. Read and kept by the operator or regulator of
 * the elder's division, by a linked family member, and by the elder themself. Phones are stored encrypted and
 * shown masked; a contact is never deleted, only retired. Every change is audited.
 */
public interface EmergencyContacts {

    /** Upper bound of current contacts per elder. */
    int MAX_CONTACTS = 5;

    List<EmergencyContact> of(Viewer viewer, long elderId);

    Optional<EmergencyContact> find(Viewer viewer, long elderId, long contactId);

    long add(Viewer viewer, long elderId, ContactDraft draft);

    void update(Viewer viewer, long elderId, long contactId, ContactDraft draft);

    void retire(Viewer viewer, long elderId, long contactId);
}
