package org.yiyang.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.internal.LoginFailureHandler;
import org.yiyang.identity.internal.WebAccessDenied;

@Controller
class LoginController {

    static final String VIEW = "identity/login";

    private final CurrentViewer currentViewer;

    LoginController(CurrentViewer currentViewer) {
        this.currentViewer = currentViewer;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (currentViewer.get().isPresent()) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        if (session != null && request.getParameter("error") != null) {
            model.addAttribute("username", session.getAttribute(LoginFailureHandler.USERNAME));
            model.addAttribute("errorKey", session.getAttribute(LoginFailureHandler.ERROR));
            model.addAttribute("remaining", session.getAttribute(LoginFailureHandler.REMAINING));
        }
        return VIEW;
    }

    @RequestMapping("/denied")
    String denied(HttpServletRequest request, Model model) {
        Object reason = request.getAttribute(WebAccessDenied.REASON);
        model.addAttribute("reasonKey", reason == null ? "identity.denied.role" : reason);
        return "identity/denied";
    }
}
