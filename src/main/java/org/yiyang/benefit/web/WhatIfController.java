package org.yiyang.benefit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yiyang.benefit.Eligibility;
import org.yiyang.identity.CurrentViewer;

/** Policy what-if (政策模拟) of a draft rule: who gains or loses the programme and the monthly cost, by league and banner. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class WhatIfController {

    static final String WHAT_IF = "benefit/what-if";

    private final Eligibility eligibility;
    private final CurrentViewer currentViewer;

    WhatIfController(Eligibility eligibility, CurrentViewer currentViewer) {
        this.eligibility = eligibility;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/benefit/programmes/{programmeId}/rules/{ruleId}/what-if")
    String whatIf(@PathVariable long programmeId, @PathVariable long ruleId, Model model) {
        model.addAttribute("result", eligibility.whatIf(currentViewer.require(), programmeId, ruleId));
        return WHAT_IF;
    }
}
