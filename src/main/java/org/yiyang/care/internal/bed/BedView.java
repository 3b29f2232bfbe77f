package org.yiyang.care.internal.bed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.yiyang.care.CareBedStatus;
import org.yiyang.shared.ServiceItem;

/**
 * A bed's page: the bed, its care plan with this month's completed visits per item, the inspections and the
 * status history, and what the viewer may do next.
 */
public record BedView(Bed bed, YearMonth month, List<PlanLine> plan, int otherVisits, List<Inspection> inspections,
                      List<Change> changes, Allowed allowed) {

    /** Planned visits a month, in total. */
    public int planned() {
        return plan.stream().mapToInt(PlanLine::visitsPerMonth).sum();
    }

    /** Visits done this month that count for the plan: per item, at most what the plan asks. */
    public int met() {
        return plan.stream().mapToInt(line -> Math.min(line.done(), line.visitsPerMonth())).sum();
    }

    /** One service item of the plan: visits a month, and completed visits this month. */
    public record PlanLine(ServiceItem item, int visitsPerMonth, int done) {
    }

    /** One acceptance inspection (验收). */
    public record Inspection(LocalDate inspectedOn, String inspectorName, boolean passed, String note) {
    }

    /** One status change: when, who, from what to what, why. */
    public record Change(Instant at, String byName, CareBedStatus from, CareBedStatus to, String note) {
    }

    /** The actions the viewer may take on the bed now. */
    public record Allowed(boolean edit, boolean inspect, boolean start, boolean terminate) {
    }
}
