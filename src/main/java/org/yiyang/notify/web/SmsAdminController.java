package org.yiyang.notify.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.notify.internal.SmsLog;

/** What the bundled gateway recorded instead of sending: masked phone, time, text. Administrators only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SmsAdminController {

    static final String VIEW = "notify/sms";
    static final String ROWS = VIEW + " :: rows";
    static final int PAGE_SIZE = 50;

    private final SmsLog log;

    SmsAdminController(SmsLog log) {
        this.log = log;
    }

    @GetMapping("/admin/sms")
    String list(@RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        int current = Math.max(0, page);
        long total = log.count();
        model.addAttribute("messages", log.page(current, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return htmx != null ? ROWS : VIEW;
    }
}
