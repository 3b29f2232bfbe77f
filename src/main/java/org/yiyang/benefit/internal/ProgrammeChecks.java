package org.yiyang.benefit.internal;

import java.util.regex.Pattern;

import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.ProgrammeDraft;

/** The fields of a programme as they must be before it is saved; the first wrong one is refused on its field. */
final class ProgrammeChecks {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,40}");

    private ProgrammeChecks() {
    }

    static void requireValid(ProgrammeDraft draft) {
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            throw BenefitProblem.of("code", "benefit.programme.error.code");
        }
        if (draft.kind() == null) {
            throw BenefitProblem.of("kind", "benefit.programme.error.kind");
        }
        requireValidRevision(draft);
    }

    /** What a revision may change. */
    static void requireValidRevision(ProgrammeDraft draft) {
        if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 100) {
            throw BenefitProblem.of("name", "benefit.programme.error.name");
        }
        if (draft.fundingSource() == null || draft.fundingSource().isBlank() || draft.fundingSource().strip().length() > 200) {
            throw BenefitProblem.of("fundingSource", "benefit.programme.error.fundingSource");
        }
        if (draft.budget() == null || draft.budget().isNegative()) {
            throw BenefitProblem.of("budget", "benefit.programme.error.budget");
        }
        if (draft.payout() == null || !ProgrammeDraft.payoutsFor(draft.kind()).contains(draft.payout())) {
            throw BenefitProblem.of("payout", "benefit.programme.error.payout");
        }
        if (draft.enrolmentMode() == null) {
            throw BenefitProblem.of("enrolmentMode", "benefit.programme.error.mode");
        }
    }
}
