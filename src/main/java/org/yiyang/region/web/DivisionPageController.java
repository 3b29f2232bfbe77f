package org.yiyang.region.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/** Browse the division tree, and search it by name or code. */
@Controller
class DivisionPageController {

    static final String VIEW = "region/divisions";
    static final String RESULTS_FRAGMENT = VIEW + " :: results";
    private static final int PAGE_SIZE = 30;

    private final DivisionDirectory divisions;

    DivisionPageController(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/divisions")
    String browse(@RequestParam(required = false) String code,
                  @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        Division current = divisions.require(code == null || code.isBlank() ? DivisionCode.INNER_MONGOLIA.value() : code);
        model.addAttribute("current", current);
        model.addAttribute("path", divisions.path(current.divisionCode()));
        model.addAttribute("q", q);
        if (q.isBlank()) {
            model.addAttribute("children", divisions.children(current.divisionCode()));
        } else {
            model.addAttribute("children", List.of());
            model.addAttribute("results", divisions.search(q, DivisionScope.of(current.divisionCode()),
                    Math.max(0, page), PAGE_SIZE));
        }
        return htmx != null ? RESULTS_FRAGMENT : VIEW;
    }
}
