package org.yiyang.service.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.service.OrderDesk;
import org.yiyang.shared.ChinaTime;

/** The provider's dispatch board: what to accept, what to assign, and each caregiver's day. */
@Controller
@PreAuthorize("hasRole('PROVIDER_ADMIN')")
class DispatchController {

    static final String BOARD = "service/dispatch";

    private final OrderDesk desk;
    private final ProviderDirectory providers;
    private final CurrentViewer currentViewer;
    private final Clock clock;

    DispatchController(OrderDesk desk, ProviderDirectory providers, CurrentViewer currentViewer, Clock clock) {
        this.desk = desk;
        this.providers = providers;
        this.currentViewer = currentViewer;
        this.clock = clock;
    }

    @GetMapping("/dispatch")
    String board(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var viewer = currentViewer.require();
        var board = desk.dispatchBoard(viewer, date == null ? ChinaTime.today(clock) : date);
        model.addAttribute("board", board);
        model.addAttribute("caregivers", board.caregivers());
        return htmx == null ? BOARD : BOARD + " :: board";
    }
}
