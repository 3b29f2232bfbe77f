package org.yiyang.care.web.device;

import java.util.Map;

import io.moquette.broker.subscriptions.Topic;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.care.internal.device.BrokerAccess;

/**
 * The device checks of the embedded broker for an external one: EMQX's HTTP authentication and authorisation call
 * these with an administrator's API token (docs/care-devices.md). The answer is always 200 with allow or deny.
 */
@Tag(name = "Device broker", description = "Authentication and topic authorisation of devices for an external MQTT broker")
@RestController
@PreAuthorize("hasRole('ADMIN')")
class BrokerAuthApiController {

    private final BrokerAccess access;

    BrokerAuthApiController(BrokerAccess access) {
        this.access = access;
    }

    record Credentials(String clientid, String username, String password) {
    }

    record TopicAccess(String clientid, String username, String topic, String action) {
    }

    @Operation(summary = "May this client connect? Device: client id = username = device code, password = its secret.")
    @PostMapping("/api/v1/care/mqtt/auth")
    Map<String, String> authenticate(@RequestBody Credentials credentials) {
        byte[] password = credentials.password() == null ? null
                : credentials.password().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return answer(access.checkValid(credentials.clientid(), credentials.username(), password));
    }

    @Operation(summary = "May this client publish to or subscribe to the topic? action: publish or subscribe.")
    @PostMapping("/api/v1/care/mqtt/acl")
    Map<String, String> authorise(@RequestBody TopicAccess request) {
        if (request.topic() == null || request.action() == null) {
            return answer(false);
        }
        Topic topic = Topic.asTopic(request.topic());
        boolean allowed = switch (request.action()) {
            case "publish" -> access.canWrite(topic, request.username(), request.clientid());
            case "subscribe" -> access.canRead(topic, request.username(), request.clientid());
            default -> false;
        };
        return answer(allowed);
    }

    private static Map<String, String> answer(boolean allowed) {
        return Map.of("result", allowed ? "allow" : "deny");
    }
}
