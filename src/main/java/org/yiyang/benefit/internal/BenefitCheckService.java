package org.yiyang.benefit.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitChecks;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.CheckRun;
import org.yiyang.benefit.FlagKind;
import org.yiyang.benefit.FlagPage;
import org.yiyang.benefit.FlagQuery;
import org.yiyang.benefit.FlagStatus;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Viewer;

/**
 * The checks a regulator reviews: runs them ({@link CheckRunner}), lists the findings within the viewer's division
 * and records each review once. A confirmed DECEASED_PAID finding has its allowance recovered (追回) in the same
 * transaction by the {@link AllowanceRecovery} of the monthly allowance side.
 */
@Service
class BenefitCheckService implements BenefitChecks {

    static final int MAX_SIZE = 100;
    static final int MAX_NOTE = 300;

    private final CheckRunner runner;
    private final FlagStore flags;
    private final ObjectProvider<AllowanceRecovery> recovery;
    private final AuditTrail audit;
    private final Clock clock;

    BenefitCheckService(CheckRunner runner, FlagStore flags, ObjectProvider<AllowanceRecovery> recovery,
                        AuditTrail audit, Clock clock) {
        this.runner = runner;
        this.flags = flags;
        this.recovery = recovery;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CheckRun run(Viewer viewer) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        CheckRun run = new CheckRun(runner.runAll());
        audit.record(AuditEntry.success(viewer.username(), "BENEFIT_CHECKS_RUN", "benefit-checks")
                .withDetail(run.total() + " new findings"));
        return run;
    }

    @Override
    public CheckRun runNightly() {
        return new CheckRun(runner.runAll());
    }

    @Override
    @Transactional(readOnly = true)
    public FlagPage list(Viewer viewer, FlagQuery query, int page, int size) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        return new FlagPage(flags.list(viewer.scope(), query, pageNumber * pageSize, pageSize),
                flags.count(viewer.scope(), query), pageNumber, pageSize);
    }

    @Override
    @Transactional
    public void confirm(Viewer viewer, long flagId, String note) {
        FlagStore.Keyed flag = review(viewer, flagId, FlagStatus.CONFIRMED, note, false);
        if (flag.flag().kind() == FlagKind.DECEASED_PAID) {
            long allowanceId = Long.parseLong(flag.key().substring(flag.key().lastIndexOf(':') + 1));
            recovery.ifAvailable(r -> r.recover(allowanceId, viewer.username()));
        }
    }

    @Override
    @Transactional
    public void dismiss(Viewer viewer, long flagId, String note) {
        review(viewer, flagId, FlagStatus.DISMISSED, note, true);
    }

    private FlagStore.Keyed review(Viewer viewer, long flagId, FlagStatus outcome, String note, boolean noteRequired) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        String text = note == null ? "" : note.strip();
        if ((noteRequired && text.isEmpty()) || text.length() > MAX_NOTE) {
            throw BenefitProblem.of("note", "ledger.check.error.note", MAX_NOTE);
        }
        FlagStore.Keyed flag = flags.lock(viewer.scope(), flagId).orElseThrow(BenefitProblem::notFound);
        if (!flags.review(flagId, outcome, viewer.username(), clock.instant(), text.isEmpty() ? null : text)) {
            throw BenefitProblem.conflict("ledger.check.error.reviewed");
        }
        audit.record(AuditEntry.success(viewer.username(), "BENEFIT_FLAG_" + outcome.name(), "benefit-flag:" + flagId)
                .inDivision(flag.flag().division().value()));
        return flag;
    }
}
