package org.yiyang.service.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.ProviderRatingPage;
import org.yiyang.service.RatingSort;
import org.yiyang.service.Review;
import org.yiyang.service.ReviewDraft;
import org.yiyang.service.Reviews;

@Tag(name = "Reviews", description = "Ratings of delivered visits (1–5 stars, tags) and providers' figures")
@RestController
class ReviewApiController {

    private final Reviews reviews;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    ReviewApiController(Reviews reviews, CurrentViewer currentViewer, MessageSource messages) {
        this.reviews = reviews;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    /** A rating: 1–5 stars, tag codes (ON_TIME, CAREFUL, … LATE, RUDE, …), a comment of at most 500 characters. */
    record ReviewRequest(Integer stars, List<String> tags, String comment) {
    }

    @Operation(summary = "Rate a DONE order once (elder, linked family, hotline operator); 2 stars or fewer opens "
            + "a complaint. 409 when already rated or not done, 422 for bad input")
    @PostMapping("/api/v1/orders/{id}/review")
    Review review(@PathVariable long id, @RequestBody ReviewRequest request) {
        var draft = new ReviewDraft(request.stars() == null ? 0 : request.stars(), ReviewForm.tags(request.tags()),
                request.comment());
        return reviews.review(currentViewer.require(), id, draft);
    }

    @Operation(summary = "The order's review; 404 when there is none or the order is not the caller's to see")
    @GetMapping("/api/v1/orders/{id}/review")
    Review find(@PathVariable long id) {
        return reviews.find(currentViewer.require(), id).orElseThrow(OrderProblem::notFound);
    }

    @Operation(summary = "Providers within the caller's division with review counts, average stars, share of low "
            + "ratings and complaint counts (REGULATOR, ADMIN)")
    @GetMapping("/api/v1/provider-ratings")
    ProviderRatingPage ratings(@RequestParam(defaultValue = "AVERAGE_ASC") RatingSort sort,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        return reviews.providerRatings(currentViewer.require(), sort, page, size);
    }

    @ExceptionHandler(OrderProblem.class)
    ProblemDetail problem(OrderProblem problem) {
        return ServiceProblems.detail(problem, messages, "service.error.notFound");
    }
}
