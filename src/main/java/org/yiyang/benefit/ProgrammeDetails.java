package org.yiyang.benefit;

import java.util.List;
import java.util.Map;

import org.yiyang.shared.Money;

/**
 * A programme as its page shows it: the budget against what the ledger has allocated and committed, its
 * enrolments by status (counted within the viewer's division), its rule versions newest first, the id of the
 * version in effect today (null when none), and whether the viewer may change it.
 */
public record ProgrammeDetails(Programme programme, Money allocated, Money committed,
                               Map<EnrolmentStatus, Long> enrolments, List<RuleVersion> rules, Long ruleInEffect,
                               boolean editable) {

    public ProgrammeDetails {
        enrolments = Map.copyOf(enrolments);
        rules = List.copyOf(rules);
    }

    /** What is allocated and not yet committed. */
    public Money available() {
        return allocated.minus(committed);
    }

    public long enrolled(EnrolmentStatus status) {
        return enrolments.getOrDefault(status, 0L);
    }
}
