package org.yiyang.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.ProgrammeDetails;
import org.yiyang.benefit.ProgrammePage;
import org.yiyang.benefit.Programmes;
import org.yiyang.identity.CurrentViewer;

@Tag(name = "Benefit programmes", description = "Subsidy programmes (补贴项目) with their budgets and rule versions, read-only")
@RestController
@PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
class ProgrammeApiController {

    private final Programmes programmes;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    ProgrammeApiController(Programmes programmes, CurrentViewer currentViewer, MessageSource messages) {
        this.programmes = programmes;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @Operation(summary = "Programmes of the caller's division subtree and of the divisions above it, by status "
            + "(active, closed, draft), newest first; size at most 200")
    @GetMapping("/api/v1/benefit/programmes")
    ProgrammePage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return programmes.list(currentViewer.require(), page, size);
    }

    @Operation(summary = "One programme: budget, allocated and committed amounts (fen), enrolments by status within "
            + "the caller's division, and every rule version with its conditions and amounts")
    @GetMapping("/api/v1/benefit/programmes/{id}")
    ProgrammeDetails programme(@PathVariable long id) {
        return programmes.details(currentViewer.require(), id).orElseThrow(BenefitProblem::notFound);
    }

    @ExceptionHandler(BenefitProblem.class)
    ProblemDetail problem(BenefitProblem problem) {
        return BenefitProblems.detail(problem, messages);
    }
}
