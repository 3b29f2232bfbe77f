package org.yiyang.identity.web;

import org.yiyang.shared.ChinaTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AuditLog;

/** Search the audit trail (within the administrator's division) and verify its hash chain. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    static final String VIEW = "identity/audit";
    static final String ROWS = VIEW + " :: rows";
    private static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;
    private final CurrentViewer currentViewer;

    AuditController(AuditLog auditLog, CurrentViewer currentViewer) {
        this.auditLog = auditLog;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String from,
                  @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        LocalDate fromDate = date(from, "from", model);
        LocalDate toDate = date(to, "to", model);
        var filter = new AuditLog.Filter(actor, action, outcome,
                fromDate == null ? null : fromDate.atStartOfDay(ChinaTime.ZONE).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        int current = Math.max(0, page);
        long total = auditLog.count(viewer, filter);
        model.addAttribute("records", auditLog.search(viewer, filter, current, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("filter", java.util.Map.of("actor", actor, "action", action, "outcome", outcome,
                "from", from, "to", to));
        return htmx != null ? ROWS : VIEW;
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", auditLog.verify());
        return "identity/audit-verify";
    }

    private static LocalDate date(String text, String field, Model model) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute(field + "Invalid", true);
            return null;
        }
    }
}
