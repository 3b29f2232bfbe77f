package org.yiyang.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.yiyang.shared.Language;

/**
 * After sign-in: restore the account's language and elder mode (or adopt what the person chose on the
 * login page), and send someone with a temporary password to change it first.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final OwnAccount ownAccount;
    private final PreferenceResolver preferences;

    LoginSuccessHandler(OwnAccount ownAccount, PreferenceResolver preferences) {
        this.ownAccount = ownAccount;
        this.preferences = preferences;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        request.getSession().removeAttribute(LoginFailureHandler.USERNAME);
        request.getSession().removeAttribute(LoginFailureHandler.ERROR);
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        long accountId = principal.viewer().accountId();
        ownAccount.find(accountId).ifPresent(account -> {
            if (account.language() != null) {
                preferences.write(response, Language.fromTag(account.language()).orElse(Language.DEFAULT),
                        account.elderMode());
            } else if (preferences.hasChosen(request)) {
                ownAccount.savePreferences(accountId, preferences.language(request).tag(),
                        preferences.elderMode(request));
            }
        });
        if (principal.mustChangePassword()) {
            request.getSession().setAttribute(PasswordChangeGate.REQUIRED, Boolean.TRUE);
            getRedirectStrategy().sendRedirect(request, response, "/account/password?required");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
