package org.yiyang.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.CurrentViewer;

/** Counts wrong passwords, locks the account after too many, and audits every sign-in and sign-out. */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final LockoutPolicy policy;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, LockoutPolicy policy, AuditTrail audit, TransactionTemplate tx,
                  Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        if (event.getAuthentication() instanceof ApiTokenAuthentication) {
            return; // token use is counted on the token, not audited per request
        }
        tx.executeWithoutResult(s -> accounts.findById(principal.viewer().accountId()).ifPresent(account -> {
            account.registerSuccessfulLogin(clock.instant());
            accounts.save(account);
        }));
        audit.record(AuditEntry.success(principal.getUsername(), "LOGIN", "account:" + principal.viewer().accountId())
                .inDivision(principal.viewer().division().value()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(java.util.Locale.ROOT);
        String division = accounts.findByUsername(username).map(a -> a.division().value()).orElse(null);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            boolean locked = Boolean.TRUE.equals(tx.execute(s -> accounts.findByUsername(username).map(account -> {
                boolean nowLocked = account.registerFailedLogin(clock.instant(), policy);
                accounts.save(account);
                return nowLocked;
            }).orElse(false)));
            audit.record(AuditEntry.failure(username, "LOGIN", "username:" + username, "bad credentials")
                    .inDivision(division));
            if (locked) {
                audit.record(AuditEntry.denied(username, "ACCOUNT_LOCKED", "username:" + username,
                        "after " + policy.maxAttempts() + " failures, for " + policy.duration()).inDivision(division));
            }
        } else {
            String reason = event.getException() instanceof LockedException ? "account locked"
                    : event.getException().getClass().getSimpleName();
            audit.record(AuditEntry.denied(username, "LOGIN", "username:" + username, reason).inDivision(division));
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentViewer.ViewerHolder holder) {
            audit.record(AuditEntry.success(holder.viewer().username(), "LOGOUT",
                    "account:" + holder.viewer().accountId()));
        }
    }
}
