package org.yiyang.benefit.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.yiyang.benefit.AllowanceMonth;
import org.yiyang.benefit.AllowanceOrigin;
import org.yiyang.benefit.AllowanceOverview;
import org.yiyang.benefit.AllowancePage;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.AllowanceStatus;
import org.yiyang.benefit.AllowanceSummary;
import org.yiyang.benefit.Allowances;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Programme;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;

@Service
class AllowanceService implements Allowances {

    static final int RECENT_MONTHS = 6;
    private static final Set<Role> REGULATORS = EnumSet.of(Role.REGULATOR, Role.ADMIN);

    private final AllowanceGeneration generation;
    private final Reissues reissues;
    private final Recoveries recoveries;
    private final AllowanceStore store;
    private final ProgrammeStore programmes;
    private final Clock clock;

    AllowanceService(AllowanceGeneration generation, Reissues reissues, Recoveries recoveries, AllowanceStore store,
                     ProgrammeStore programmes, Clock clock) {
        this.generation = generation;
        this.reissues = reissues;
        this.recoveries = recoveries;
        this.store = store;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    public AllowanceRun generate(Viewer viewer, long programmeId, YearMonth month) {
        Programme p = manageable(viewer, programmeId);
        return generation.generate(p, month, AllowanceOrigin.MONTHLY, viewer.username()).orElseThrow(() ->
                store.generated(p.id(), month)
                        ? BenefitProblem.conflict("ledger.error.allowanceMonthComplete", month.toString())
                        : BenefitProblem.conflict("ledger.error.allowanceNobodyEnrolled", month.toString()));
    }

    @Override
    public List<AllowanceRun> reissue(Viewer viewer, long programmeId) {
        return reissues.reissue(manageable(viewer, programmeId), viewer.username());
    }

    @Override
    public AllowanceOverview overview(Viewer viewer, int page, int size) {
        requireRegulator(viewer);
        int limit = Math.max(1, Math.min(size, 50));
        int current = Math.max(0, page);
        List<Programme> visible = store.monthlyVisibleIn(viewer.scope(), current * limit, limit);
        YearMonth since = YearMonth.from(ChinaTime.today(clock)).minusMonths(RECENT_MONTHS - 1L);
        Map<Long, List<AllowanceMonth>> months = store.months(visible.stream().map(Programme::id).toList(),
                viewer.scope(), since).stream().collect(Collectors.groupingBy(AllowanceMonth::programmeId));
        List<AllowanceSummary> summaries = visible.stream().map(p -> new AllowanceSummary(p,
                months.getOrDefault(p.id(), List.of()), viewer.mayView(p.division()))).toList();
        return new AllowanceOverview(summaries, store.countMonthlyVisibleIn(viewer.scope()), current, limit);
    }

    @Override
    public AllowancePage rows(Viewer viewer, long programmeId, YearMonth month, AllowanceStatus status, String division,
                              int page, int size) {
        requireRegulator(viewer);
        Programme p = programmes.find(programmeId).filter(found -> store.visibleIn(viewer.scope(), found.id()))
                .orElseThrow(BenefitProblem::notFound);
        if (month == null) {
            throw BenefitProblem.of("month", "ledger.error.allowanceMonthInvalid");
        }
        DivisionScope scope = narrowed(viewer, division);
        int limit = Math.max(1, Math.min(size, 200));
        int current = Math.max(0, page);
        return new AllowancePage(p, store.rows(programmeId, month, scope, status, current * limit, limit),
                store.count(programmeId, month, scope, status), current, limit);
    }

    @Override
    public void markRecovered(Viewer viewer, long allowanceId) {
        requireRegulator(viewer);
        var row = store.find(allowanceId).filter(r -> viewer.mayView(DivisionCode.of(r.divisionCode())))
                .orElseThrow(BenefitProblem::notFound);
        recoveries.markRecovered(row.id(), viewer.username());
    }

    /** A programme the viewer may generate for: theirs or one below their division. */
    private Programme manageable(Viewer viewer, long programmeId) {
        requireRegulator(viewer);
        Programme p = programmes.find(programmeId).filter(found -> store.visibleIn(viewer.scope(), found.id()))
                .orElseThrow(BenefitProblem::notFound);
        if (!viewer.mayView(p.division())) {
            throw BenefitProblem.conflict("ledger.error.allowanceNotYours", p.name());
        }
        return p;
    }

    private static DivisionScope narrowed(Viewer viewer, String division) {
        if (division == null || division.isBlank()) {
            return viewer.scope();
        }
        return DivisionCode.parse(division).flatMap(code -> viewer.scope().narrowTo(code))
                .orElseThrow(() -> BenefitProblem.of("division", "ledger.error.allowanceDivision", division.strip()));
    }

    private static void requireRegulator(Viewer viewer) {
        if (!REGULATORS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not see allowances");
        }
    }
}
