package org.yiyang.identity.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page with the reason, keeping the username the person typed
 * (in the session, not the URL) so they need not type it again.
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    public static final String USERNAME = "yy.login.username";
    public static final String ERROR = "yy.login.error";
    public static final String REMAINING = "yy.login.remaining";

    private final AccountRepository accounts;
    private final LockoutPolicy policy;
    private final Clock clock;

    LoginFailureHandler(AccountRepository accounts, LockoutPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        var session = request.getSession();
        session.setAttribute(USERNAME, username == null ? "" : username.strip());
        session.removeAttribute(REMAINING);
        String error = "identity.login.bad";
        if (exception instanceof LockedException) {
            error = "identity.login.locked";
        } else if (exception instanceof DisabledException) {
            error = "identity.login.disabled";
        } else if (username != null) {
            var account = accounts.findByUsername(username.strip().toLowerCase());
            if (account.isPresent() && account.get().isLockedAt(clock.instant())) {
                error = "identity.login.locked";
            } else if (account.isPresent()) {
                session.setAttribute(REMAINING, policy.maxAttempts() - account.get().failedAttempts());
            }
        }
        session.setAttribute(ERROR, error);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
