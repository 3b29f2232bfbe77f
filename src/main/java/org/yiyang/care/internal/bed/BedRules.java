package org.yiyang.care.internal.bed;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** The checks a bed's agreement, care plan, adaptation, inspection, start and termination must pass. */
final class BedRules {

    static final int MAX_VISITS_PER_ITEM = 31;
    static final Money MAX_ADAPTATION_COST = Money.ofFen(10_000_000);   // ¥100,000
    static final int MAX_TEXT = 500;

    private BedRules() {
    }

    static void checkDraft(BedDraft draft, ProviderInfo provider, LocalDate today) {
        checkAgreement(draft);
        checkPlan(draft.plan(), provider);
        checkAdaptation(draft, today);
    }

    static void checkAgreement(BedDraft draft) {
        String number = draft.agreementNo() == null ? "" : draft.agreementNo().strip();
        if (number.isEmpty() || number.length() > 40) {
            throw BedProblem.of("agreementNo", "carebed.error.agreementNo");
        }
        if (draft.agreementStart() == null || draft.agreementEnd() == null) {
            throw BedProblem.of("agreementStart", "carebed.error.agreementDates");
        }
        if (!draft.agreementStart().isBefore(draft.agreementEnd())) {
            throw BedProblem.of("agreementEnd", "carebed.error.agreementOrder");
        }
    }

    static void checkPlan(Map<ServiceItem, Integer> plan, ProviderInfo provider) {
        if (plan == null || plan.isEmpty()) {
            throw BedProblem.of("plan", "carebed.error.planEmpty");
        }
        plan.forEach((item, visits) -> {
            if (visits == null || visits < 1 || visits > MAX_VISITS_PER_ITEM) {
                throw BedProblem.of("plan", "carebed.error.planVisits", name(item), MAX_VISITS_PER_ITEM);
            }
            if (!provider.services().contains(item)) {
                throw BedProblem.of("plan", "carebed.error.planNotOffered", name(item));
            }
        });
    }

    static void checkAdaptation(BedDraft draft, LocalDate today) {
        Money cost = draft.adaptationCost() == null ? Money.ZERO : draft.adaptationCost();
        if (cost.isNegative() || cost.compareTo(MAX_ADAPTATION_COST) > 0) {
            throw BedProblem.of("adaptationCost", "carebed.error.adaptationCost", MAX_ADAPTATION_COST.toYuan());
        }
        if (draft.adaptation() == null || draft.adaptation().isEmpty()) {
            if (draft.adaptationDoneOn() != null || !cost.isZero()) {
                throw BedProblem.of("adaptation", "carebed.error.adaptationItems");
            }
        } else if (draft.adaptationDoneOn() == null || draft.adaptationDoneOn().isAfter(today)) {
            throw BedProblem.of("adaptationDoneOn", "carebed.error.adaptationDate");
        }
        checkText("adaptationNote", draft.adaptationNote());
    }

    /** Inspected on a day between the registration (and the adaptation) and today; a failure needs a note. */
    static void checkInspection(Bed bed, LocalDate on, boolean passed, String note, LocalDate registeredOn,
                                LocalDate today) {
        LocalDate earliest = bed.adaptationDoneOn() != null && bed.adaptationDoneOn().isAfter(registeredOn)
                ? bed.adaptationDoneOn() : registeredOn;
        if (on == null || on.isAfter(today) || on.isBefore(earliest)) {
            throw BedProblem.of("inspectedOn", "carebed.error.inspectionDate", earliest.toString());
        }
        if (!passed && (note == null || note.isBlank())) {
            throw BedProblem.of("note", "carebed.error.inspectionNote");
        }
        checkText("note", note);
    }

    /** Service starts on or after the acceptance, within the agreement. */
    static void checkStart(Bed bed, LocalDate start) {
        if (start == null || start.isBefore(bed.acceptedOn()) || start.isBefore(bed.agreementStart())
                || start.isAfter(bed.agreementEnd())) {
            throw BedProblem.of("serviceStart", "carebed.error.serviceStart", bed.acceptedOn().toString(),
                    bed.agreementEnd().toString());
        }
    }

    /** Terminated on a day not before the registration nor the service start, and not in the future; with a reason. */
    static void checkTermination(Bed bed, LocalDate on, String reason, LocalDate registeredOn, LocalDate today) {
        LocalDate earliest = bed.serviceStart() != null ? bed.serviceStart() : registeredOn;
        if (on == null || on.isAfter(today) || on.isBefore(earliest)) {
            throw BedProblem.of("terminatedOn", "carebed.error.terminationDate", earliest.toString());
        }
        if (reason == null || reason.isBlank()) {
            throw BedProblem.of("reason", "carebed.error.terminationReason");
        }
        checkText("reason", reason);
    }

    static void checkText(String field, String text) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw BedProblem.of(field, "carebed.error.tooLong", MAX_TEXT);
        }
    }

    private static DefaultMessageSourceResolvable name(ServiceItem item) {
        return new DefaultMessageSourceResolvable(item.messageKey());
    }
}
