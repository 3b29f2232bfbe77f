package org.yiyang.care.web.bed;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.care.CareBedStatus;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.care.internal.bed.BedLists;
import org.yiyang.care.internal.bed.BedQuery;
import org.yiyang.care.internal.bed.PlanReports;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;

/** Family care bed pages to read: the list (filtered by status and provider), one bed, the monthly plan report. */
@Controller
@PreAuthorize("hasAnyRole('PROVIDER_ADMIN','REGULATOR','ADMIN')")
class BedPageController {

    static final String LIST = "care/bed/list";
    static final String DETAIL = "care/bed/detail";
    static final String REPORT = "care/bed/report";
    static final int PAGE_SIZE = 20;

    private final BedLists lists;
    private final BedDesk desk;
    private final PlanReports reports;
    private final CurrentViewer currentViewer;
    private final Clock clock;

    BedPageController(BedLists lists, BedDesk desk, PlanReports reports, CurrentViewer currentViewer, Clock clock) {
        this.lists = lists;
        this.desk = desk;
        this.reports = reports;
        this.currentViewer = currentViewer;
        this.clock = clock;
    }

    @GetMapping("/care/beds")
    String list(@RequestParam(required = false) CareBedStatus status, @RequestParam(required = false) Long provider,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("result", lists.list(viewer, new BedQuery(status, provider), page, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("provider", provider);
        model.addAttribute("statuses", CareBedStatus.values());
        model.addAttribute("providers", viewer.is(Role.PROVIDER_ADMIN) ? java.util.Map.of() : lists.providers(viewer));
        model.addAttribute("mayRegister", viewer.is(Role.PROVIDER_ADMIN) || viewer.is(Role.ADMIN));
        return htmx == null ? LIST : LIST + " :: rows";
    }

    @GetMapping("/care/beds/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        model.addAttribute("view", desk.view(currentViewer.require(), id, month(month)));
        return DETAIL;
    }

    @GetMapping("/care/beds/report")
    String report(@RequestParam(required = false) String month, @RequestParam(required = false) Long provider,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        YearMonth shown = month(month);
        model.addAttribute("report", reports.report(viewer, shown, provider, page, PAGE_SIZE));
        model.addAttribute("month", shown.toString());
        model.addAttribute("provider", provider);
        model.addAttribute("providers", viewer.is(Role.PROVIDER_ADMIN) ? java.util.Map.of() : lists.providers(viewer));
        return htmx == null ? REPORT : REPORT + " :: rows";
    }

    /** {@code 2026-11}; this month (China time) when absent or not a month. */
    private YearMonth month(String typed) {
        if (typed != null && !typed.isBlank()) {
            try {
                return YearMonth.parse(typed.strip());
            } catch (DateTimeParseException notAMonth) {
                // fall through to this month
            }
        }
        return YearMonth.from(ChinaTime.today(clock));
    }
}
