package nl.huisverbod.zgw;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUserProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The functional administrator links a municipality's ZGW store: its API roots, the catalogue types and the
 * client credentials the store issued. The link's deliveries are those of its subscription
 * ({@code /abonnementen/{id}/afleveringen}); the secret is never shown back.
 */
@RestController
class ZgwLinkApiController {

    private final ZgwLinks links;
    private final CurrentUserProvider currentUser;

    ZgwLinkApiController(ZgwLinks links, CurrentUserProvider currentUser) {
        this.links = links;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/zgw-koppelingen")
    List<ZgwLink> list() {
        return links.all(currentUser.require());
    }

    @PostMapping("/api/v1/zgw-koppelingen")
    ResponseEntity<ZgwLink> create(@RequestBody ZgwLinks.Request request) {
        ZgwLink link = links.create(currentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/v1/zgw-koppelingen/" + link.subscriptionId())).body(link);
    }

    @GetMapping("/api/v1/zgw-koppelingen/{id}")
    ZgwLink one(@PathVariable UUID id) {
        return links.get(currentUser.require(), id);
    }
}
