package org.yiyang.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One eligibility run (免申即享) and what it changed per programme. {@code elderId} is set for a run about one
 * elder (after an event); {@code finishedAt} is null while the run is going on.
 */
public record EligibilityRunSummary(long runId, EligibilityTrigger trigger, LocalDate asOf, Long elderId,
                                    Instant startedAt, Instant finishedAt, String requestedBy,
                                    List<ProgrammeCounts> programmes) {

    public EligibilityRunSummary {
        programmes = List.copyOf(programmes);
    }

    /**
     * @param newlyEligible enrolled or proposed by this run
     * @param noLonger      open enrolments this run ended (deceased, moved out, no longer eligible)
     * @param unchanged     open enrolments that stayed as they were
     * @param proposed      of the newly eligible, those waiting for a regulator's approval
     */
    public record ProgrammeCounts(long programmeId, String programmeName, long newlyEligible, long noLonger,
                                  long unchanged, long proposed) {
    }

    public long newlyEligible() {
        return programmes.stream().mapToLong(ProgrammeCounts::newlyEligible).sum();
    }

    public long noLonger() {
        return programmes.stream().mapToLong(ProgrammeCounts::noLonger).sum();
    }
}
