package org.yiyang.provider.web;

import java.time.DayOfWeek;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.internal.DirectorySearch;
import org.yiyang.shared.ServiceItem;

/** The public directory page (no sign-in) and a provider's public profile. */
@Controller
class DirectoryController {

    static final String DIRECTORY = "provider/directory";
    static final String RESULTS = DIRECTORY + " :: results";
    static final String PROFILE = "provider/profile";

    private final DirectorySearch directory;
    private final DirectoryQueries queries;
    private final DivisionOptions divisions;

    DirectoryController(DirectorySearch directory, DirectoryQueries queries, DivisionOptions divisions) {
        this.directory = directory;
        this.queries = queries;
        this.divisions = divisions;
    }

    @GetMapping("/providers")
    String directory(DirectoryParams params, @RequestHeader(value = "HX-Request", required = false) String htmx,
                     Model model) {
        model.addAttribute("params", params);
        model.addAttribute("defaultRadius", directory.defaultRadius());
        try {
            var resolved = queries.resolve(params);
            model.addAttribute("result", directory.search(resolved.search()));
            model.addAttribute("homeOf", resolved.homeOf());
        } catch (ProviderProblem problem) {
            model.addAttribute("searchProblem", problem);
        }
        if (htmx != null) {
            return RESULTS;
        }
        model.addAttribute("items", List.of(ServiceItem.values()));
        model.addAttribute("kinds", List.of(ProviderKind.values()));
        model.addAttribute("leagues", divisions.leagues());
        model.addAttribute("otherDivision", divisions.other(params.division()));
        return DIRECTORY;
    }

    @GetMapping("/providers/{id}")
    String profile(@PathVariable long id, Model model) {
        model.addAttribute("provider", directory.activeProvider(id).orElseThrow(ProviderProblem::notFound));
        model.addAttribute("week", List.of(DayOfWeek.values()));
        return PROFILE;
    }

    @ExceptionHandler(ProviderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ProviderProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return "provider/not-found";
    }
}
