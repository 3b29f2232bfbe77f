package org.yiyang.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.region.DivisionDirectory;

/** The home page: for a visitor, what the platform offers; for each role, what to do next. */
@Controller
class HomeController {

    static final String WELCOME = "shell/welcome";
    static final String HOME = "shell/home";

    private final CurrentViewer currentViewer;
    private final RoleHomes homes;
    private final DivisionDirectory divisions;

    HomeController(CurrentViewer currentViewer, RoleHomes homes, DivisionDirectory divisions) {
        this.currentViewer = currentViewer;
        this.homes = homes;
        this.divisions = divisions;
    }

    @GetMapping("/")
    String home(Model model) {
        var viewer = currentViewer.get();
        if (viewer.isEmpty()) {
            return WELCOME;
        }
        model.addAttribute("viewer", viewer.get());
        model.addAttribute("division", divisions.find(viewer.get().division()).orElse(null));
        model.addAttribute("cards", homes.cardsFor(viewer.get().role()));
        return HOME;
    }
}
