package org.yiyang.benefit.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.AllowancePage;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.AllowanceStatus;
import org.yiyang.benefit.Allowances;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;

/**
 * Monthly allowance pages for regulators: the monthly programmes with their generated months, the forms that
 * generate a month and re-issue missed months, one month's rows, and "recovered" for an allowance owed back. A
 * refused form is shown again with the reason next to the programme it concerns.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class AllowanceController {

    static final String OVERVIEW = "benefit/allowances";
    static final String MONTH = "benefit/allowance-month";
    static final String NOT_FOUND = "benefit/allowance-not-found";
    static final int PROGRAMMES_PER_PAGE = 10;
    static final int ROWS_PER_PAGE = 50;

    private final Allowances allowances;
    private final CurrentViewer currentViewer;
    private final Clock clock;

    AllowanceController(Allowances allowances, CurrentViewer currentViewer, Clock clock) {
        this.allowances = allowances;
        this.currentViewer = currentViewer;
        this.clock = clock;
    }

    @GetMapping("/benefit/allowances")
    String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", allowances.overview(currentViewer.require(), page, PROGRAMMES_PER_PAGE));
        model.addAttribute("currentMonth", YearMonth.from(ChinaTime.today(clock)).toString());
        model.addAttribute("statuses", AllowanceStatus.values());
        return OVERVIEW;
    }

    @PostMapping("/benefit/allowances/{programmeId}/generate")
    String generate(@PathVariable long programmeId, @RequestParam(defaultValue = "") String month,
                    @RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect) {
        try {
            AllowanceRun run = allowances.generate(currentViewer.require(), programmeId, MonthParam.parse(month));
            redirect.addFlashAttribute("notice", "ledger.allowance.generated");
            redirect.addFlashAttribute("noticeArgs", new Object[] {run.month().toString(), run.rows(), run.total().toYuan()});
            return "redirect:/benefit/allowances?page=" + page;
        } catch (BenefitProblem problem) {
            return refused(problem, programmeId, month, page, model);
        }
    }

    @PostMapping("/benefit/allowances/{programmeId}/reissue")
    String reissue(@PathVariable long programmeId, @RequestParam(defaultValue = "0") int page, Model model,
                   RedirectAttributes redirect) {
        try {
            List<AllowanceRun> runs = allowances.reissue(currentViewer.require(), programmeId);
            long rows = runs.stream().mapToLong(AllowanceRun::rows).sum();
            Money total = runs.stream().map(AllowanceRun::total).reduce(Money.ZERO, Money::plus);
            redirect.addFlashAttribute("notice", runs.isEmpty() ? "ledger.allowance.reissuedNothing" : "ledger.allowance.reissued");
            redirect.addFlashAttribute("noticeArgs", new Object[] {runs.size(), rows, total.toYuan()});
            return "redirect:/benefit/allowances?page=" + page;
        } catch (BenefitProblem problem) {
            return refused(problem, programmeId, "", page, model);
        }
    }

    /** The month picker's way to a month's rows: {@code ?month=2026-05}. */
    @GetMapping("/benefit/allowances/{programmeId}")
    String open(@PathVariable long programmeId, @RequestParam(defaultValue = "") String month) {
        return "redirect:/benefit/allowances/" + programmeId + "/" + MonthParam.parse(month);
    }

    @GetMapping("/benefit/allowances/{programmeId}/{month}")
    String month(@PathVariable long programmeId, @PathVariable String month,
                 @RequestParam(required = false) AllowanceStatus status,
                 @RequestParam(defaultValue = "") String division, @RequestParam(defaultValue = "0") int page,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        YearMonth paid = MonthParam.parse(month);
        AllowancePage result;
        try {
            result = allowances.rows(viewer, programmeId, paid, status, division, page, ROWS_PER_PAGE);
        } catch (BenefitProblem problem) {
            if (problem.isNotFound() || !"division".equals(problem.field())) {
                throw problem;
            }
            model.addAttribute("refusal", problem);
            result = allowances.rows(viewer, programmeId, paid, status, "", page, ROWS_PER_PAGE);
        }
        model.addAttribute("result", result);
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("month", paid.toString());
        model.addAttribute("status", status);
        model.addAttribute("division", division);
        model.addAttribute("statuses", AllowanceStatus.values());
        return htmx == null ? MONTH : MONTH + " :: rows";
    }

    @PostMapping("/benefit/allowances/rows/{id}/recovered")
    String recovered(@PathVariable long id, @RequestParam long programme, @RequestParam String month,
                     RedirectAttributes redirect) {
        YearMonth paid = MonthParam.parse(month);
        try {
            allowances.markRecovered(currentViewer.require(), id);
            redirect.addFlashAttribute("notice", "ledger.allowance.recoveredDone");
        } catch (BenefitProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("notice", problem.messageKey());
        }
        redirect.addFlashAttribute("noticeArgs", new Object[0]);
        return "redirect:/benefit/allowances/" + programme + "/" + paid + "?status=RECOVERY";
    }

    /** A programme or month the viewer may not see is not found, exactly like one that does not exist. */
    @ExceptionHandler(BenefitProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND;
    }

    private String refused(BenefitProblem problem, long programmeId, String month, int page, Model model) {
        if (problem.isNotFound()) {
            throw problem;
        }
        model.addAttribute("problem", problem);
        model.addAttribute("problemProgramme", programmeId);
        model.addAttribute("typedMonth", month);
        return overview(page, model);
    }
}
