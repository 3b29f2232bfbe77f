package org.yiyang.service.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.service.CheckOutReport;
import org.yiyang.service.GeoFix;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.VisitCard;
import org.yiyang.service.VisitExceptionPage;
import org.yiyang.service.VisitRecord;
import org.yiyang.service.VisitReviewStatus;
import org.yiyang.service.Visits;

@Tag(name = "Visits", description = "Visit verification: the caregiver's day, check-in and check-out with position")
@RestController
class VisitApiController {

    private final Visits visits;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    VisitApiController(Visits visits, CurrentViewer currentViewer, MessageSource messages) {
        this.visits = visits;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    /** A check-in body: the phone's position, or no body (or no latitude) when geolocation was refused. */
    record CheckInBody(Double latitude, Double longitude, Double accuracy) {
    }

    /** A check-out body: position as for check-in, task codes, texts, and the PIN or a PNG data URL signature. */
    record CheckOutBody(Double latitude, Double longitude, Double accuracy, List<String> tasks, String otherTasks,
                        String notes, String pin, String signature) {
    }

    @Operation(summary = "The caller's (a caregiver's) visits today, China time, in start order")
    @GetMapping("/api/v1/visits/today")
    @PreAuthorize("hasRole('CAREGIVER')")
    List<VisitCard> today() {
        return visits.today(currentViewer.require());
    }

    @Operation(summary = "Check in at the door; 409 when the order is not assigned, 400 when it is not booked for today")
    @PostMapping("/api/v1/visits/{orderId}/check-in")
    @PreAuthorize("hasRole('CAREGIVER')")
    Visits.CheckedIn checkIn(@PathVariable long orderId, @RequestBody(required = false) CheckInBody body) {
        GeoFix fix = body == null ? null : GeoFix.ofNullable(body.latitude(), body.longitude(), body.accuracy());
        return visits.checkIn(currentViewer.require(), orderId, fix);
    }

    @Operation(summary = "Check out with the tasks done and the elder's PIN or signature")
    @PostMapping("/api/v1/visits/{orderId}/check-out")
    @PreAuthorize("hasRole('CAREGIVER')")
    Visits.CheckedIn checkOut(@PathVariable long orderId, @RequestBody CheckOutBody body) {
        GeoFix fix = GeoFix.ofNullable(body.latitude(), body.longitude(), body.accuracy());
        return visits.checkOut(currentViewer.require(), orderId, fix,
                new CheckOutReport(body.tasks(), body.otherTasks(), body.notes(), body.pin(), body.signature()));
    }

    @Operation(summary = "The visit record of an order the caller has a part in; 404 otherwise")
    @GetMapping("/api/v1/visits/{orderId}")
    @PreAuthorize("isAuthenticated()")
    VisitRecord record(@PathVariable long orderId) {
        return visits.record(currentViewer.require(), orderId).orElseThrow(OrderProblem::notFound);
    }

    @Operation(summary = "Visit exceptions: a provider's own, or a regulator's division; newest first")
    @GetMapping("/api/v1/visit-exceptions")
    @PreAuthorize("hasAnyRole('PROVIDER_ADMIN','REGULATOR','ADMIN')")
    VisitExceptionPage exceptions(@RequestParam(required = false) VisitReviewStatus status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        return visits.exceptions(currentViewer.require(), status, page, size);
    }

    @ExceptionHandler(OrderProblem.class)
    ProblemDetail problem(OrderProblem problem) {
        return ServiceProblems.detail(problem, messages, problem.messageKey(), HttpStatus.BAD_REQUEST);
    }
}
