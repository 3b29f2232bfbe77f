package org.yiyang.elder.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.yiyang.elder.AgeBand;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderDetails;
import org.yiyang.elder.ElderPage;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.CurrentViewer;

@Tag(name = "Elders", description = "The elder registry within the caller's division; personal data masked")
@RestController
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','ASSESSOR')")
class ElderApiController {

    private final ElderRegistry registry;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    ElderApiController(ElderRegistry registry, CurrentViewer currentViewer, MessageSource messages) {
        this.registry = registry;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @Operation(summary = "Search by name prefix, full ID number or phone; filter; sorted by division and name")
    @GetMapping("/api/v1/elders")
    ElderPage search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String division,
                     @RequestParam(required = false) SpecialCategory category, @RequestParam(required = false) AgeBand age,
                     @RequestParam(required = false) LivingSituation living,
                     @RequestParam(required = false) CapabilityLevel level,
                     @RequestParam(defaultValue = "ACTIVE") ElderStatus status,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return registry.search(currentViewer.require(), new ElderQuery(q, division, category, age, living, level, status),
                page, size);
    }

    @Operation(summary = "One elder's record (masked); 404 when unknown or outside the caller's division")
    @GetMapping("/api/v1/elders/{id}")
    ElderDetails elder(@PathVariable long id) {
        return registry.find(currentViewer.require(), id).orElseThrow(ElderProblem::notFound);
    }

    @ExceptionHandler(ElderProblem.class)
    ProblemDetail problem(ElderProblem problem) {
        HttpStatus status = "elder.error.notFound".equals(problem.messageKey()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(problem.messageKey(), null, LocaleContextHolder.getLocale()));
    }
}
