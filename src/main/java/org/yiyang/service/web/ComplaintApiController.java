package org.yiyang.service.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.service.ComplaintPage;
import org.yiyang.service.ComplaintQuery;
import org.yiyang.service.ComplaintStatus;
import org.yiyang.service.ComplaintView;
import org.yiyang.service.Complaints;
import org.yiyang.service.OrderProblem;

@Tag(name = "Complaints", description = "Complaints about providers, with a response deadline and escalation")
@RestController
class ComplaintApiController {

    private final Complaints complaints;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    ComplaintApiController(Complaints complaints, CurrentViewer currentViewer, MessageSource messages) {
        this.complaints = complaints;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    /** A complaint's text (at most 1000 characters). */
    record ComplaintRequest(String text) {
    }

    /** The new complaint's id. */
    record Filed(long complaintId) {
    }

    @Operation(summary = "Complaints the caller may see: own (elder, family), the provider's, or the division's; "
            + "escalated first, then by deadline")
    @GetMapping("/api/v1/complaints")
    ComplaintPage list(@RequestParam(required = false) ComplaintStatus status,
                       @RequestParam(required = false) Long provider,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return complaints.list(currentViewer.require(), new ComplaintQuery(status, provider), page, size);
    }

    @Operation(summary = "One complaint with the rating behind it and the caller's possible actions")
    @GetMapping("/api/v1/complaints/{id}")
    ComplaintView complaint(@PathVariable long id) {
        return complaints.find(currentViewer.require(), id).orElseThrow(OrderProblem::notFound);
    }

    @Operation(summary = "File a complaint about an order (elder, linked family, hotline operator); 409 while "
            + "another complaint about the order is open")
    @PostMapping("/api/v1/orders/{id}/complaints")
    ResponseEntity<Filed> file(@PathVariable long id, @RequestBody ComplaintRequest request) {
        long complaintId = complaints.file(currentViewer.require(), id, request.text());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaintId)).body(new Filed(complaintId));
    }

    @ExceptionHandler(OrderProblem.class)
    ProblemDetail problem(OrderProblem problem) {
        return ServiceProblems.detail(problem, messages, "review.error.complaintNotFound");
    }
}
