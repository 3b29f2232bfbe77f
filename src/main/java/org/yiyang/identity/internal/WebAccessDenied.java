package org.yiyang.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.OutOfScope;

/**
 * Every refused request is audited and answered with a reason the person can act on: a stale or missing
 * form token, a division outside their own, or a page their role does not open. API callers get JSON.
 */
public class WebAccessDenied implements AccessDeniedHandler {

    public static final String REASON = "yy.denied.reason";

    private final AuditTrail audit;
    private final ProblemResponses problems;
    private final boolean api;

    WebAccessDenied(AuditTrail audit, ProblemResponses problems, boolean api) {
        this.audit = audit;
        this.problems = problems;
        this.api = api;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
        String reason;
        AuditEntry entry;
        if (denied instanceof CsrfException) {
            reason = "identity.denied.csrf";
            entry = AuditEntry.denied(actor, "CSRF_REJECTED", request.getMethod() + " " + request.getRequestURI(), null);
        } else if (denied instanceof OutOfScope scope) {
            reason = "identity.denied.scope";
            entry = AuditEntry.denied(actor, "SCOPE_DENIED", request.getRequestURI(),
                    "asked for " + scope.requested()).inDivision(scope.viewer().division().value());
        } else {
            reason = "identity.denied.role";
            entry = AuditEntry.denied(actor, "ACCESS_DENIED", request.getMethod() + " " + request.getRequestURI(), null);
        }
        audit.record(entry);
        if (api) {
            problems.write(request, response, HttpStatus.FORBIDDEN, reason);
            return;
        }
        request.setAttribute(REASON, reason);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.getRequestDispatcher("/denied").forward(request, response);
    }
}
