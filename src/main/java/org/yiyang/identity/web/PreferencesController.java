package org.yiyang.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.identity.internal.PreferenceStore;

/** Switch language or elder mode (长辈模式) from any page, signed in or not; then go back to that page. */
@Controller
class PreferencesController {

    private final PreferenceStore store;

    PreferencesController(PreferenceStore store) {
        this.store = store;
    }

    @PostMapping("/preferences")
    String change(@RequestParam(required = false) String lang,
                  @RequestParam(required = false) Boolean elderMode,
                  @RequestParam(defaultValue = "/") String back,
                  HttpServletRequest request, HttpServletResponse response) {
        store.change(request, response, lang, elderMode);
        return "redirect:" + safeLocalPath(back);
    }

    /** Only a path on this site, so the form cannot be used to send people elsewhere. */
    static String safeLocalPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return back;
    }
}
