package org.yiyang.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

/** Someone signed in with a temporary password sees only the change-password page until they change it. */
public class PasswordChangeGate implements HandlerInterceptor {

    public static final String REQUIRED = "yy.mustChangePassword";
    static final String PAGE = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(REQUIRED) == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PAGE) || path.startsWith("/logout") || path.startsWith("/preferences")
                || path.startsWith("/error")) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + PAGE + "?required");
        return false;
    }

    public static void passed(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(REQUIRED);
        }
    }
}
