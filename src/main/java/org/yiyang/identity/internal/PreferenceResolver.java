package org.yiyang.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.yiyang.identity.Preferences;
import org.yiyang.shared.Language;

/**
 * Language and elder mode live in two cookies so that every request (and the login page) knows them
 * without a database read; a signed-in person's choice is also saved on the account and restored at
 * every sign-in, on any device.
 */
class PreferenceResolver implements LocaleResolver, Preferences {

    static final String LANGUAGE_COOKIE = "yy_lang";
    static final String ELDER_COOKIE = "yy_elder";
    private static final Duration COOKIE_AGE = Duration.ofDays(400);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return language(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        write(response, Language.of(locale), elderMode(request));
    }

    @Override
    public Preference current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return new Preference(language(request), elderMode(request));
        }
        return new Preference(Language.DEFAULT, false);
    }

    Language language(HttpServletRequest request) {
        Object chosen = request.getAttribute(LANGUAGE_COOKIE);
        if (chosen instanceof Language language) {
            return language;
        }
        return cookie(request, LANGUAGE_COOKIE).flatMap(Language::fromTag)
                .or(() -> fromAcceptLanguage(request))
                .orElse(Language.DEFAULT);
    }

    boolean elderMode(HttpServletRequest request) {
        Object chosen = request.getAttribute(ELDER_COOKIE);
        if (chosen instanceof Boolean elder) {
            return elder;
        }
        return cookie(request, ELDER_COOKIE).map("1"::equals).orElse(false);
    }

    boolean hasChosen(HttpServletRequest request) {
        return cookie(request, LANGUAGE_COOKIE).isPresent() || cookie(request, ELDER_COOKIE).isPresent();
    }

    /** Sets both cookies, and makes the new values visible to the rest of this request. */
    void write(HttpServletResponse response, Language language, boolean elderMode) {
        response.addHeader("Set-Cookie", cookie(LANGUAGE_COOKIE, language.tag()).toString());
        response.addHeader("Set-Cookie", cookie(ELDER_COOKIE, elderMode ? "1" : "0").toString());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(LANGUAGE_COOKIE, language);
            attributes.getRequest().setAttribute(ELDER_COOKIE, elderMode);
        }
    }

    private static ResponseCookie cookie(String name, String value) {
        return ResponseCookie.from(name, value).path("/").maxAge(COOKIE_AGE).sameSite("Lax").httpOnly(true).build();
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (name.equals(c.getName())) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> match = Language.fromTag(range.getRange());
                if (match.isPresent()) {
                    return match;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
