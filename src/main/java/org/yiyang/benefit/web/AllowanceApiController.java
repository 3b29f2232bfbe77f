package org.yiyang.benefit.web;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.benefit.AllowancePage;
import org.yiyang.benefit.AllowanceRun;
import org.yiyang.benefit.AllowanceStatus;
import org.yiyang.benefit.Allowances;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.identity.CurrentViewer;

@Tag(name = "Allowances", description = "Monthly allowances (按月发放) of monthly programmes: rows, generation, re-issue (补发)")
@RestController
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class AllowanceApiController {

    private final Allowances allowances;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    AllowanceApiController(Allowances allowances, CurrentViewer currentViewer, MessageSource messages) {
        this.allowances = allowances;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @Operation(summary = "One month's allowances of a programme (month as yyyy-MM) in the caller's division, "
            + "optionally one status and a division below it, by division and elder")
    @GetMapping("/api/v1/benefit/allowances")
    AllowancePage list(@RequestParam long programme, @RequestParam String month,
                       @RequestParam(required = false) AllowanceStatus status,
                       @RequestParam(defaultValue = "") String division,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return allowances.rows(currentViewer.require(), programme, MonthParam.parse(month), status, division, page, size);
    }

    @Operation(summary = "Generate a month (yyyy-MM, not in the future) for every enrolled elder who has no "
            + "allowance for it yet; 409 when nothing is new (never paid twice), the programme is not monthly or "
            + "not active")
    @PostMapping("/api/v1/benefit/allowances/{programme}/{month}")
    AllowanceRun generate(@PathVariable long programme, @PathVariable String month) {
        return allowances.generate(currentViewer.require(), programme, MonthParam.parse(month));
    }

    @Operation(summary = "Re-issue (补发) missed months up to the last generated month; one run per month that "
            + "found someone, empty when nothing was missing")
    @PostMapping("/api/v1/benefit/allowances/{programme}/reissue")
    List<AllowanceRun> reissue(@PathVariable long programme) {
        return allowances.reissue(currentViewer.require(), programme);
    }

    @ExceptionHandler(BenefitProblem.class)
    ProblemDetail problem(BenefitProblem problem) {
        return BenefitProblems.detail(problem, messages);
    }
}
