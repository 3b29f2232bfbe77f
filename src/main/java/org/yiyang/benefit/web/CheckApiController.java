package org.yiyang.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.benefit.BenefitChecks;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.FlagKind;
import org.yiyang.benefit.FlagPage;
import org.yiyang.benefit.FlagQuery;
import org.yiyang.benefit.FlagStatus;
import org.yiyang.identity.CurrentViewer;

@Tag(name = "Benefit checks", description = "Findings for a regulator's review (稽核): payments after death, "
        + "exclusive programmes held together, budget over-runs, shared bank accounts")
@RestController
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class CheckApiController {

    private final BenefitChecks checks;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    CheckApiController(BenefitChecks checks, CurrentViewer currentViewer, MessageSource messages) {
        this.checks = checks;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @Operation(summary = "Findings within the caller's division, newest first; kind and status filter them "
            + "(no status: every status); size at most 100")
    @GetMapping("/api/v1/benefit/checks")
    FlagPage list(@RequestParam(required = false) FlagKind kind, @RequestParam(required = false) FlagStatus status,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return checks.list(currentViewer.require(), new FlagQuery(kind, status), page, size);
    }

    @ExceptionHandler(BenefitProblem.class)
    ProblemDetail problem(BenefitProblem problem) {
        return BenefitProblems.detail(problem, messages);
    }
}
