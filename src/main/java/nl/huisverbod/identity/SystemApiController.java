package nl.huisverbod.identity;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The functional administrator registers the public keys of a partner organisation's system, so that it gets its
 * tokens with a signed assertion ({@code private_key_jwt}) instead of a shared secret.
 */
@RestController
class SystemApiController {

    private final SystemClients systems;
    private final CurrentUserProvider currentUser;

    SystemApiController(SystemClients systems, CurrentUserProvider currentUser) {
        this.systems = systems;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/systemen")
    List<PartnerSystem> list() {
        return systems.systems(currentUser.require());
    }

    /** The body is a JWK Set with public keys only: {@code {"keys": [{"kty": "EC", "crv": "P-256", ...}]}}. */
    @PutMapping("/api/v1/systemen/{clientId}/sleutels")
    PartnerSystem setKeys(@PathVariable String clientId, @RequestBody Map<String, Object> jwkSet) {
        return systems.setKeys(currentUser.require(), clientId, jwkSet);
    }
}
