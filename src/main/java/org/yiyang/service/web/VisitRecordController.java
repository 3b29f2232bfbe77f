package org.yiyang.service.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.Visits;

/** The visit record (six facts, tasks, confirmation, exceptions) for everyone with a part in the order. */
@Controller
@PreAuthorize("isAuthenticated()")
class VisitRecordController {

    static final String RECORD = "service/visit-record";

    private final Visits visits;
    private final CurrentViewer currentViewer;

    VisitRecordController(Visits visits, CurrentViewer currentViewer) {
        this.visits = visits;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/visits/{id}/record")
    String record(@PathVariable long id, Model model) {
        var viewer = currentViewer.require();
        model.addAttribute("visit", visits.record(viewer, id).orElseThrow(OrderProblem::notFound));
        model.addAttribute("caregiver", viewer.is(Role.CAREGIVER));
        return RECORD;
    }
}
