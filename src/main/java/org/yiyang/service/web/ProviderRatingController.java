package org.yiyang.service.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.service.RatingSort;
import org.yiyang.service.Reviews;

/** The regulators' table of providers' ratings and complaint counts within their division, sortable. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class ProviderRatingController {

    static final String PAGE = "service/provider-ratings";
    static final int PAGE_SIZE = 20;

    private final Reviews reviews;
    private final CurrentViewer currentViewer;

    ProviderRatingController(Reviews reviews, CurrentViewer currentViewer) {
        this.reviews = reviews;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/oversight/provider-ratings")
    String ratings(@RequestParam(defaultValue = "AVERAGE_ASC") RatingSort sort,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("result", reviews.providerRatings(currentViewer.require(), sort, page, PAGE_SIZE));
        model.addAttribute("sort", sort);
        return htmx == null ? PAGE : PAGE + " :: rows";
    }
}
