package org.yiyang.benefit;

import java.time.LocalDate;
import java.util.List;

/**
 * An elder's subsidies: every enrolment, newest first, and for each active programme that serves the elder's
 * division (with a rule in effect today) the explanation of whether the elder is eligible.
 */
public record ElderEligibility(long elderId, String elderName, LocalDate asOf, List<EnrolmentView> enrolments,
                               List<EligibilityExplanation> programmes) {

    public ElderEligibility {
        enrolments = List.copyOf(enrolments);
        programmes = List.copyOf(programmes);
    }
}
