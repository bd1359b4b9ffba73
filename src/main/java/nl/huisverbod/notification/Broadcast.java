package nl.huisverbod.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.identity.Organisation;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.Organisations;
import nl.huisverbod.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends one case's notices to the organisations that serve it: each goes to the in-app inbox and, where an
 * address is known, by e-mail once the batch is sent. Every notice links to the case, nothing more.
 */
@Component
class Broadcast {

    private final Notifier notifier;
    private final EmailDelivery mail;
    private final Organisations organisations;
    private final String baseUrl;

    Broadcast(Notifier notifier, EmailDelivery mail, Organisations organisations,
              @Value("${huisverbod.base-url:http://localhost:8080}") String baseUrl) {
        this.notifier = notifier;
        this.mail = mail;
        this.organisations = organisations;
        this.baseUrl = baseUrl;
    }

    Batch about(UUID dossierId) {
        return new Batch(dossierId);
    }

    final class Batch {
        private final UUID dossierId;
        private final String link;
        private final List<UUID> deliveries = new ArrayList<>();
        /** Organisations already told this kind of notice as a whole: their users see it, so none gets it twice. */
        private final java.util.Set<String> toldAsAWhole = new java.util.HashSet<>();

        private Batch(UUID dossierId) {
            this.dossierId = dossierId;
            this.link = baseUrl + "/dossiers/" + dossierId;
        }

        /** To every organisation of this type that serves the scope (a police unit, municipality, VT region). */
        Batch toServing(OrganisationType type, String scope, NotificationKind kind, Notice notice) {
            for (Organisation org : organisations.serving(type, scope)) {
                to(org, kind, notice);
            }
            return this;
        }

        /**
         * Like {@link #toServing}, but an organisation outside its availability window at {@code moment} is
         * replaced by its crisis service on duty (domain.md §7).
         */
        Batch toOnDuty(OrganisationType type, String scope, java.time.Instant moment, NotificationKind kind,
                       Notice notice) {
            for (Organisation org : organisations.onDuty(type, scope, moment)) {
                to(org, kind, notice);
            }
            return this;
        }

        /** To the users with this role in the organisations of this type serving the scope (e.g. the mayor). */
        Batch toRoleIn(OrganisationType type, String scope, Role role, NotificationKind kind, Notice notice) {
            for (Organisation org : organisations.serving(type, scope)) {
                if (!toldAsAWhole.contains(org.id() + "/" + kind)) {
                    deliveries.addAll(notifier.toRole(org, role, dossierId, kind, notice, link));
                }
            }
            return this;
        }

        Batch to(Organisation org, NotificationKind kind, Notice notice) {
            if (toldAsAWhole.add(org.id() + "/" + kind)) {
                deliveries.addAll(notifier.toOrganisation(org, dossierId, kind, notice, link));
            }
            return this;
        }

        void send() {
            mail.deliver(deliveries);
        }
    }
}
