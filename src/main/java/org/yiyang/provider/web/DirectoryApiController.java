package org.yiyang.provider.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.internal.DirectorySearch;

@Tag(name = "Providers", description = "The public directory of service providers (no sign-in)")
@RestController
class DirectoryApiController {

    private final DirectorySearch directory;
    private final DirectoryQueries queries;
    private final MessageSource messages;

    DirectoryApiController(DirectorySearch directory, DirectoryQueries queries, MessageSource messages) {
        this.directory = directory;
        this.queries = queries;
        this.messages = messages;
    }

    @Operation(summary = "Active providers by text (q), service item, kind and division; with lat+lng (or elder, "
            + "signed in) only those within radius metres (default the 15-minute service circle, at most 50000), "
            + "nearest first")
    @GetMapping("/api/v1/providers")
    ProviderResource.Page search(DirectoryParams params) {
        return ProviderResource.Page.of(directory.search(queries.resolve(params).search()));
    }

    @Operation(summary = "One active provider with its registration facts; 404 when unknown or not active")
    @GetMapping("/api/v1/providers/{id}")
    ProviderResource provider(@PathVariable long id) {
        return ProviderResource.of(directory.activeProvider(id).orElseThrow(ProviderProblem::notFound));
    }

    @ExceptionHandler(ProviderProblem.class)
    ProblemDetail problem(ProviderProblem problem) {
        HttpStatus status = problem.isNotFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(problem.messageKey(), null, locale));
        detail.setTitle(messages.getMessage("provider.api.title." + status.value(), null, locale));
        if (problem.field() != null) {
            detail.setProperty("parameter", problem.field());
        }
        return detail;
    }
}
