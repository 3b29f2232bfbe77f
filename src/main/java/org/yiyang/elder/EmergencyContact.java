package org.yiyang.elder;

/** An emergency contact as pages show it: the phone only masked. Priority 1 is called first. */
public record EmergencyContact(long id, long elderId, String name, ContactRelation relation, String phoneMasked,
                               int priority, String note) {
}
