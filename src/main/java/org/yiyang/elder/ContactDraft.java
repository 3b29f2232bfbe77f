package org.yiyang.elder;

/**
 * An emergency contact as entered. The phone is raw text (validated and normalised by the registry); on an
 * edit an empty phone keeps the stored one. A null priority puts the contact last.
 */
public record ContactDraft(String name, ContactRelation relation, String phone, Integer priority, String note) {
}
