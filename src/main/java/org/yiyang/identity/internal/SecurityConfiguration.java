package org.yiyang.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.PublicPaths;
import org.yiyang.identity.Role;

/**
 * Two filter chains: the JSON API and actuator (stateless, bearer tokens, JSON errors, never a redirect)
 * and the pages (form login, CSRF, session).
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(LockoutPolicy.class)
class SecurityConfiguration {

    /** Reference data and pages anyone may read. Later modules add theirs as {@link PublicPaths} beans. */
    private static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/denied", "/error", "/divisions",
            "/divisions/**", "/css/**", "/js/**", "/fonts/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
    private static final List<String> PUBLIC_API = List.of("/api/v1/divisions", "/api/v1/divisions/**");

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2";
        var encoders = Map.<String, PasswordEncoder>of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(argon2, encoders);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    PreferenceResolver localeResolver() {
        return new PreferenceResolver();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, AuditTrail audit,
                                 ObjectProvider<PublicPaths> modulePaths) throws Exception {
        List<String> publicApi = new ArrayList<>(PUBLIC_API);
        modulePaths.forEach(p -> p.patterns().stream().filter(s -> s.startsWith("/api/")).forEach(publicApi::add));
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenFilter(tokens, problems, audit), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, publicApi.toArray(String[]::new)).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "identity.api.unauthenticated"))
                        .accessDeniedHandler(new WebAccessDenied(audit, problems, true)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AccountRepository accounts, LockoutPolicy lockout, Clock clock,
                                 OwnAccount ownAccount, PreferenceResolver preferences, AuditTrail audit,
                                 ProblemResponses problems, ObjectProvider<PublicPaths> modulePaths) throws Exception {
        List<String> publicPages = new ArrayList<>(PUBLIC_PAGES);
        modulePaths.forEach(p -> p.patterns().stream().filter(s -> !s.startsWith("/api/")).forEach(publicPages::add));
        http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, publicPages.toArray(String[]::new)).permitAll()
                        .requestMatchers("/denied", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/preferences").permitAll()
                        .requestMatchers("/admin/**").hasAnyRole(Role.ADMIN.name(), Role.REGULATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .failureHandler(new LoginFailureHandler(accounts, lockout, clock))
                        .successHandler(new LoginSuccessHandler(ownAccount, preferences)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new WebLoginEntryPoint())
                        .accessDeniedHandler(new WebAccessDenied(audit, problems, false)))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
