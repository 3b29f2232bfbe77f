package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BankFile;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.FileGeneration;
import org.yiyang.benefit.FileRequest;
import org.yiyang.benefit.PaymentFile;
import org.yiyang.benefit.PaymentFilePage;
import org.yiyang.benefit.PaymentFileQuery;
import org.yiyang.benefit.PaymentFileStatus;
import org.yiyang.benefit.PaymentFiles;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.Settlement;
import org.yiyang.benefit.UnfiledPage;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;

/**
 * Bank payment files (电子津贴代发): generation for a cash programme, month and division, the bank's CSV, and
 * settlement (delegated to {@link FileSettlement}). Generations of one programme queue behind a lock on the
 * programme, so two at once never make two files or move a row twice.
 */
@Service
class PaymentFileService implements PaymentFiles {

    static final int MAX_SIZE = 100;

    private final PaymentFileStore files;
    private final PaymentLineStore lines;
    private final ProgrammeStore programmes;
    private final FileSettlement settlement;
    private final DivisionDirectory divisions;
    private final PersonalDataProtection protection;
    private final AuditTrail audit;
    private final Clock clock;

    PaymentFileService(PaymentFileStore files, PaymentLineStore lines, ProgrammeStore programmes,
                       FileSettlement settlement, DivisionDirectory divisions, PersonalDataProtection protection,
                       AuditTrail audit, Clock clock) {
        this.files = files;
        this.lines = lines;
        this.programmes = programmes;
        this.settlement = settlement;
        this.divisions = divisions;
        this.protection = protection;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Programme> cashProgrammes(Viewer viewer) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        return files.cashProgrammes(viewer.scope(), DivisionAncestors.of(viewer.division()));
    }

    @Override
    @Transactional
    public FileGeneration generate(Viewer viewer, FileRequest request) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        DivisionCode division = division(viewer, request.divisionCode());
        LocalDate month = month(request.month());
        Programme programme = lockedCashProgramme(viewer, request.programmeId());
        if (!programme.division().contains(division)) {
            throw BenefitProblem.of("divisionCode", "ledger.error.fileDivisionProgramme");
        }
        Optional<PaymentFile> existing = files.fileFor(programme.id(), month, division)
                .flatMap(id -> files.find(DivisionScope.everything(), id, false));
        long withoutPayee = lines.countWaitingForPayee(programme.id(), month, division);
        if (existing.isPresent()) {
            if (existing.get().status() == PaymentFileStatus.SETTLED) {
                throw BenefitProblem.conflict("ledger.error.fileSettled", request.month().toString(), division.value());
            }
            return new FileGeneration(named(existing.get()), false, withoutPayee);
        }
        if (lines.countFileable(programme.id(), month, division) == 0) {
            return new FileGeneration(null, false, withoutPayee);
        }
        long id = files.insert(programme.id(), month, division, viewer.username(), clock.instant());
        lines.file(id, programme.id(), month, division);
        files.totalUp(id);
        audit.record(AuditEntry.success(viewer.username(), "PAYMENT_FILE_CREATED", "payment-file:" + id)
                .inDivision(division.value()));
        return new FileGeneration(named(files.find(DivisionScope.everything(), id, false).orElseThrow()), true, withoutPayee);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaymentFile> find(Viewer viewer, long fileId) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        return files.find(viewer.scope(), fileId, false).map(this::named);
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentFilePage list(Viewer viewer, PaymentFileQuery query, int page, int size) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        List<PaymentFile> found = files.list(viewer.scope(), query, pageNumber * pageSize, pageSize);
        Map<String, String> names = divisions.names(found.stream().map(f -> f.division().value()).toList());
        return new PaymentFilePage(found.stream().map(f -> named(f, names)).toList(), files.count(viewer.scope(), query),
                pageNumber, pageSize);
    }

    @Override
    @Transactional(readOnly = true)
    public BankFile download(Viewer viewer, long fileId) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        PaymentFile file = files.find(viewer.scope(), fileId, false).orElseThrow(BenefitProblem::notFound);
        byte[] csv = PaymentFileCsv.write(lines.lines(fileId), file.programmeCode(), file.month(), protection::decrypt);
        audit.record(AuditEntry.success(viewer.username(), "PAYMENT_FILE_DOWNLOADED", "payment-file:" + fileId)
                .inDivision(file.division().value()).withDetail(file.rowCount() + " lines"));
        return new BankFile("payment-" + file.programmeCode() + "-" + file.month() + "-" + file.division().value()
                + "-" + fileId + ".csv", csv);
    }

    @Override
    public Settlement settleWithReturn(Viewer viewer, long fileId, byte[] returnFile) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        return settlement.settle(viewer, fileId, BankReturnReader.read(returnFile == null ? new byte[0] : returnFile));
    }

    @Override
    public Settlement settleAllPaid(Viewer viewer, long fileId) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        return settlement.settle(viewer, fileId, null);
    }

    @Override
    @Transactional(readOnly = true)
    public UnfiledPage withoutPayee(Viewer viewer, long programmeId, YearMonth month, String divisionCode, int page,
                                    int size) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        DivisionCode division = division(viewer, divisionCode);
        LocalDate first = month(month);
        programmes.find(programmeId).filter(p -> related(viewer, p)).orElseThrow(BenefitProblem::notFound);
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        int pageNumber = Math.max(0, page);
        return new UnfiledPage(lines.waitingForPayee(programmeId, first, division, pageNumber * pageSize, pageSize),
                lines.countWaitingForPayee(programmeId, first, division), pageNumber, pageSize);
    }

    private Programme lockedCashProgramme(Viewer viewer, long programmeId) {
        files.lockProgramme(programmeId);
        Programme programme = programmes.find(programmeId).filter(p -> related(viewer, p))
                .orElseThrow(BenefitProblem::notFound);
        if (programme.payout() != Payout.BANK) {
            throw BenefitProblem.of("programmeId", "ledger.error.fileNotCash");
        }
        return programme;
    }

    /** A programme of the viewer's division, above it or below it. */
    private static boolean related(Viewer viewer, Programme programme) {
        return viewer.division().contains(programme.division()) || programme.division().contains(viewer.division());
    }

    /** A banner, township or village that exists and lies within the viewer's division. */
    private DivisionCode division(Viewer viewer, String typed) {
        DivisionCode division = DivisionCode.parse(typed).filter(d -> d.level() >= 3 && divisions.find(d).isPresent())
                .orElseThrow(() -> BenefitProblem.of("divisionCode", "ledger.error.fileDivision"));
        if (!viewer.mayView(division)) {
            throw BenefitProblem.of("divisionCode", "ledger.error.fileDivisionScope");
        }
        return division;
    }

    /** The first day of a month that has begun. */
    private LocalDate month(YearMonth month) {
        if (month == null || month.isAfter(YearMonth.from(ChinaTime.today(clock)))) {
            throw BenefitProblem.of("month", "ledger.error.fileMonth");
        }
        return month.atDay(1);
    }

    private PaymentFile named(PaymentFile file) {
        return named(file, divisions.names(List.of(file.division().value())));
    }

    private static PaymentFile named(PaymentFile f, Map<String, String> names) {
        return new PaymentFile(f.id(), f.programmeId(), f.programmeCode(), f.programmeName(), f.month(), f.division(),
                names.getOrDefault(f.division().value(), f.division().value()), f.rowCount(), f.total(), f.status(),
                f.createdAt(), f.createdBy(), f.settledAt(), f.paidCount(), f.paidTotal(), f.failedCount());
    }
}
