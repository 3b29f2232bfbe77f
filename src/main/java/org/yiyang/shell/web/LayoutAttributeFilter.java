package org.yiyang.shell.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every rendered page the layout's model as the request attribute {@code shell}: controller pages,
 * exception-handler pages, security forwards and error pages alike, which model advice alone does not reach.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LayoutAttributeFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "shell";

    private final LayoutModel layout;

    LayoutAttributeFilter(LayoutModel layout) {
        this.layout = layout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, layout);
        chain.doFilter(request, response);
    }
}
