package org.yiyang.benefit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.ElderEligibility;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EligibilityExplanation;
import org.yiyang.benefit.EligibilityRunPage;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.benefit.ProposalDecision;
import org.yiyang.benefit.ProposalPage;
import org.yiyang.benefit.WhatIfResult;
import org.yiyang.identity.CurrentViewer;

@Tag(name = "Eligibility", description = "Proactive eligibility (免申即享): runs, an elder's eligibility explained, "
        + "policy what-if of a draft rule, approval of proposed enrolments")
@RestController
class EligibilityApiController {

    static final String NOT_FOUND = "eligibility.error.notFound";

    private final Eligibility eligibility;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    EligibilityApiController(Eligibility eligibility, CurrentViewer currentViewer, MessageSource messages) {
        this.eligibility = eligibility;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    /** Body of a bulk decision on proposals; {@code reason} is required to decline. */
    record Decision(List<Long> ids, String reason) {
    }

    @Operation(summary = "An elder's enrolments and, per programme serving the elder's division, whether the elder is "
            + "eligible today and why (each condition, the elder's value, passed or failed)")
    @GetMapping("/api/v1/benefit/elders/{elderId}/eligibility")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','ADMIN','ELDER','FAMILY')")
    ElderEligibility elder(@PathVariable long elderId) {
        return eligibility.ofElder(currentViewer.require(), elderId);
    }

    @Operation(summary = "One programme's explanation for the elder under the rule in effect today")
    @GetMapping("/api/v1/benefit/elders/{elderId}/eligibility/{programmeId}")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','ADMIN','ELDER','FAMILY')")
    EligibilityExplanation explain(@PathVariable long elderId, @PathVariable long programmeId) {
        return eligibility.explain(currentViewer.require(), elderId, programmeId);
    }

    @Operation(summary = "Run eligibility now (all programmes for a region-level regulator or an administrator, the "
            + "programmes of their division for others); 409 while another run is going on")
    @PostMapping("/api/v1/benefit/eligibility/runs")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    EligibilityRunSummary run() {
        return eligibility.runNow(currentViewer.require());
    }

    @Operation(summary = "Past runs over the registry, newest first, with the counts of the caller's programmes")
    @GetMapping("/api/v1/benefit/eligibility/runs")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    EligibilityRunPage runs(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return eligibility.runs(currentViewer.require(), page, size);
    }

    @Operation(summary = "Policy what-if: a draft rule against the rule in effect today, by league and banner")
    @GetMapping("/api/v1/benefit/programmes/{programmeId}/rules/{ruleId}/what-if")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    WhatIfResult whatIf(@PathVariable long programmeId, @PathVariable long ruleId) {
        return eligibility.whatIf(currentViewer.require(), programmeId, ruleId);
    }

    @Operation(summary = "A programme's proposed enrolments within the caller's division, oldest first")
    @GetMapping("/api/v1/benefit/programmes/{programmeId}/proposals")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    ProposalPage proposals(@PathVariable long programmeId, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        return eligibility.proposals(currentViewer.require(), programmeId, page, size);
    }

    @Operation(summary = "Approve proposals; an elder active in a programme the rule excludes is left waiting")
    @PostMapping("/api/v1/benefit/programmes/{programmeId}/proposals/approve")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    ProposalDecision approve(@PathVariable long programmeId, @RequestBody Decision decision) {
        return eligibility.approve(currentViewer.require(), programmeId, decision.ids() == null ? List.of() : decision.ids());
    }

    @Operation(summary = "Decline proposals with a reason (1–200 characters)")
    @PostMapping("/api/v1/benefit/programmes/{programmeId}/proposals/decline")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    ProposalDecision decline(@PathVariable long programmeId, @RequestBody Decision decision) {
        return eligibility.decline(currentViewer.require(), programmeId,
                decision.ids() == null ? List.of() : decision.ids(), decision.reason());
    }

    /** 404 (said as "not found", whether it does not exist or the caller may not see it), 409, 422. */
    @ExceptionHandler(BenefitProblem.class)
    ProblemDetail problem(BenefitProblem problem) {
        if (!problem.isNotFound()) {
            return BenefitProblems.detail(problem, messages);
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage(NOT_FOUND, null, NOT_FOUND, LocaleContextHolder.getLocale()));
        detail.setProperty("code", NOT_FOUND);
        return detail;
    }
}
