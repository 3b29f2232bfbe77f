package org.yiyang.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Service;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.shared.Language;

/** Applies a change of language or elder mode to the cookies and, when signed in, to the account. */
@Service
public class PreferenceStore {

    private final PreferenceResolver resolver;
    private final OwnAccount ownAccount;
    private final CurrentViewer currentViewer;

    PreferenceStore(PreferenceResolver resolver, OwnAccount ownAccount, CurrentViewer currentViewer) {
        this.resolver = resolver;
        this.ownAccount = ownAccount;
        this.currentViewer = currentViewer;
    }

    public void change(HttpServletRequest request, HttpServletResponse response, String languageTag, Boolean elderMode) {
        Language language = Language.fromTag(languageTag).orElse(resolver.language(request));
        boolean elder = elderMode == null ? resolver.elderMode(request) : elderMode;
        resolver.write(response, language, elder);
        currentViewer.get().ifPresent(v -> ownAccount.savePreferences(v.accountId(), language.tag(), elder));
    }
}
