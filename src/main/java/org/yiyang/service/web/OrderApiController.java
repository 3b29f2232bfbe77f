package org.yiyang.service.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.elder.ElderProblem;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.service.BookableTime;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderPage;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderQuery;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderView;
import org.yiyang.service.ServiceCatalogue;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.ServiceItem;

@Tag(name = "Orders", description = "Home-service orders: place (idempotent), follow and move through their lifecycle")
@RestController
class OrderApiController {

    private final OrderDesk desk;
    private final ServiceCatalogue catalogue;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;
    private final Clock clock;

    OrderApiController(OrderDesk desk, ServiceCatalogue catalogue, CurrentViewer currentViewer, MessageSource messages,
                       Clock clock) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.currentViewer = currentViewer;
        this.messages = messages;
        this.clock = clock;
    }

    /** The reply to a placement: the order, and whether this call created it. */
    record Placement(long orderId, boolean created) {
    }

    /** Body of a status change that needs a reason, a caregiver or a payment method. */
    record Change(String reason, Long staffId, String method) {
    }

    @Operation(summary = "Place an order. Header Idempotency-Key (8–80 of A-Z a-z 0-9 . _ : -) is required; "
            + "a retry with the same key returns the first order (200) instead of creating another (201)")
    @PostMapping("/api/v1/orders")
    ResponseEntity<Placement> place(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @RequestBody OrderRequest request) {
        var placed = desk.place(currentViewer.require(), request, key);
        var body = new Placement(placed.orderId(), placed.created());
        return placed.created()
                ? ResponseEntity.created(URI.create("/api/v1/orders/" + placed.orderId())).body(body)
                : ResponseEntity.ok(body);
    }

    @Operation(summary = "Orders the caller may see (own, linked elders', the provider's, or the division's), newest first")
    @GetMapping("/api/v1/orders")
    OrderPage list(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) Long elder,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return desk.list(currentViewer.require(), new OrderQuery(status, elder, date), page, size);
    }

    @Operation(summary = "One order with its price split, timeline and the caller's possible actions")
    @GetMapping("/api/v1/orders/{id}")
    OrderView order(@PathVariable long id) {
        return desk.find(currentViewer.require(), id).orElseThrow(OrderProblem::notFound);
    }

    @Operation(summary = "Move an order: accept, refuse (reason), assign (staffId), depart, cancel (reason), "
            + "no-show (reason), pay (method CASH, ONLINE or BANK_CARD)")
    @PostMapping("/api/v1/orders/{id}/{action}")
    OrderView change(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) Change change) {
        var viewer = currentViewer.require();
        Change body = change == null ? new Change(null, null, null) : change;
        switch (action) {
            case "accept" -> desk.accept(viewer, id);
            case "refuse" -> desk.refuse(viewer, id, body.reason());
            case "assign" -> desk.assign(viewer, id, body.staffId() == null ? -1 : body.staffId());
            case "depart" -> desk.depart(viewer, id);
            case "cancel" -> desk.cancel(viewer, id, body.reason());
            case "no-show" -> desk.noShow(viewer, id, body.reason());
            case "pay" -> desk.pay(viewer, id, body.method());
            default -> throw OrderProblem.notFound();
        }
        return desk.find(viewer, id).orElseThrow(OrderProblem::notFound);
    }

    @Operation(summary = "Offerings that serve the elder, optionally of one service item, cheapest first")
    @GetMapping("/api/v1/offerings")
    List<Offering> offerings(@RequestParam long elder, @RequestParam(required = false) ServiceItem item) {
        return catalogue.forElder(currentViewer.require(), elder, item);
    }

    @Operation(summary = "An offering's bookable times for the next days (at most 31) with the places left")
    @GetMapping("/api/v1/offerings/{id}/times")
    List<BookableTime> times(@PathVariable long id, @RequestParam(defaultValue = "7") int days) {
        return catalogue.bookableTimes(id, ChinaTime.today(clock), Math.max(1, Math.min(days, 31)));
    }

    @ExceptionHandler(OrderProblem.class)
    ProblemDetail problem(OrderProblem problem) {
        return ServiceProblems.detail(problem, messages, "service.error.notFound");
    }

    @ExceptionHandler(ElderProblem.class)
    ProblemDetail elderProblem(ElderProblem problem) {
        return problem(OrderProblem.of("elderId", "service.error.elderNotFound"));
    }
}
