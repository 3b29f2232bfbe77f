package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.PaymentFile;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.Settlement;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Viewer;

/**
 * Records the bank's answer to a payment file, all of it or nothing: paid lines become PAID allowances and one
 * BANK_PAYOUT ledger transaction, refused lines become FAILED allowances with the bank's reason (the next month's
 * file takes them again), and the file is SETTLED. The file row is locked first, so settling twice — even at
 * once — changes nothing the second time.
 */
@Component
class FileSettlement {

    private final PaymentFileStore files;
    private final PaymentLineStore lines;
    private final ProgrammeStore programmes;
    private final BankPayoutPosting posting;
    private final AuditTrail audit;
    private final Clock clock;

    FileSettlement(PaymentFileStore files, PaymentLineStore lines, ProgrammeStore programmes, BankPayoutPosting posting,
                   AuditTrail audit, Clock clock) {
        this.files = files;
        this.lines = lines;
        this.programmes = programmes;
        this.posting = posting;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code answers} null: the bank paid every line. */
    @Transactional
    Settlement settle(Viewer viewer, long fileId, List<BankReturnReader.ReturnLine> answers) {
        PaymentFile file = files.find(viewer.scope(), fileId, true).orElseThrow(BenefitProblem::notFound);
        if (!file.isOpen()) {
            return new Settlement(fileId, file.paidCount(), file.paidTotal(), file.failedCount(), false);
        }
        if (answers != null) {
            lines.markFailed(fileId, refusals(fileId, answers));
        }
        Instant now = clock.instant();
        lines.settle(fileId, now);
        Programme programme = programmes.find(file.programmeId()).orElseThrow();
        posting.post(programme, fileId, viewer.username());
        files.markSettled(fileId, now);
        PaymentFile settled = files.find(viewer.scope(), fileId, false).orElseThrow();
        audit.record(AuditEntry.success(viewer.username(), "PAYMENT_FILE_SETTLED", "payment-file:" + fileId)
                .inDivision(file.division().value())
                .withDetail(settled.paidCount() + " paid, " + settled.failedCount() + " failed"));
        return new Settlement(fileId, settled.paidCount(), settled.paidTotal(), settled.failedCount(), true);
    }

    /** The refused references and their reasons, once every answer names a line of this file and every line has one. */
    private Map<Long, String> refusals(long fileId, List<BankReturnReader.ReturnLine> answers) {
        Set<Long> references = lines.references(fileId);
        List<Long> unknown = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (BankReturnReader.ReturnLine answer : answers) {
            if (!references.contains(answer.reference())) {
                unknown.add(answer.reference());
            } else if (!answer.paid()) {
                refused.put(answer.reference(), answer.reason());
            }
        }
        if (!unknown.isEmpty()) {
            throw BenefitProblem.of(BankReturnReader.FIELD, "ledger.error.fileReturnUnknown", BankReturnReader.named(unknown));
        }
        if (answers.size() < references.size()) {
            throw BenefitProblem.of(BankReturnReader.FIELD, "ledger.error.fileReturnIncomplete",
                    String.valueOf(references.size() - answers.size()), String.valueOf(references.size()));
        }
        return refused;
    }
}
