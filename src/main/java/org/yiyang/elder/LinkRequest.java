package org.yiyang.elder;

/**
 * What a family member enters to ask for a link: the elder's full resident ID number, as typed, and the
 * relation. The ID number is only used to find the elder through its blind index; it is not stored.
 */
public record LinkRequest(String idNumber, FamilyRelation relation) {
}
