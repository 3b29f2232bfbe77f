package org.yiyang.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer yy_…}. A request without the header
 * goes on anonymously (public endpoints answer it, the others 401); a bad token is refused at once.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final AuditTrail audit;

    ApiTokenFilter(ApiTokens tokens, ProblemResponses problems, AuditTrail audit) {
        this.tokens = tokens;
        this.problems = problems;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        ApiTokens.Check check = tokens.check(presented);
        if (check instanceof ApiTokens.Accepted accepted) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiTokenAuthentication(accepted.principal(), accepted.tokenId()));
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
            return;
        }
        String reason = ((ApiTokens.Refused) check).messageKey();
        audit.record(AuditEntry.denied(null, "API_TOKEN_REJECTED", request.getRequestURI(), reason));
        problems.write(request, response, HttpStatus.UNAUTHORIZED, reason);
    }
}
