package org.yiyang.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest authenticated call: a client checks that its token works, and the API benchmarks measure the
 * ceiling of the HTTP, security and JSON layers with it (bench/orders.sh). Touches no data.
 */
@Tag(name = "Ping", description = "Checks the caller's token; answers {\"pong\":true}")
@RestController
class PingApiController {

    /** The answer to a ping. */
    record Pong(boolean pong) {
    }

    private static final Pong PONG = new Pong(true);

    @Operation(summary = "Answers {\"pong\":true} to any authenticated caller (401 without a valid token)")
    @GetMapping("/api/v1/ping")
    Pong ping() {
        return PONG;
    }
}
