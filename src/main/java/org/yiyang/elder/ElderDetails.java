package org.yiyang.elder;

import java.time.LocalDate;
import java.util.List;

/** One elder's record for their file page: masked personal data, derived facts, the change history. */
public record ElderDetails(ElderSummary summary, String phoneMasked, boolean hasAddress, String householdDivisionCode,
                           String householdDivisionName, boolean emptyNest, boolean leftBehind, Integer disabilityGrade,
                           String chronicConditions, LocalDate statusDate, String statusReason,
                           List<Change> changes) {

    /** One change: who, when, which field, masked old and new values. */
    public record Change(java.time.Instant at, String by, String field, String oldValue, String newValue) {
    }
}
