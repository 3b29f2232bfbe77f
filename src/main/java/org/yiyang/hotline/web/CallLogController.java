package org.yiyang.hotline.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.hotline.internal.Calls;
import org.yiyang.identity.CurrentViewer;

/** The call log (通话记录) of the viewer's division, newest first, paginated; an operator may narrow it to their own. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','REGULATOR','ADMIN')")
class CallLogController {

    static final String VIEW = "hotline/calls";
    static final int PAGE_SIZE = 20;

    private final Calls calls;
    private final CurrentViewer currentViewer;

    CallLogController(Calls calls, CurrentViewer currentViewer) {
        this.calls = calls;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/hotline/calls")
    String log(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("result", calls.log(currentViewer.require(), mine, page, PAGE_SIZE));
        model.addAttribute("mine", mine);
        return htmx == null ? VIEW : VIEW + " :: rows";
    }
}
