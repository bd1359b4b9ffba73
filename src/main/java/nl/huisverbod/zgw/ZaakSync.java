package nl.huisverbod.zgw;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.decision.Beschikking;
import nl.huisverbod.decision.BeschikkingSoort;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.decision.Huisverbod;
import nl.huisverbod.decision.HuisverbodStatus;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.retention.Bewaartermijnen;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.subscription.EventSink;
import nl.huisverbod.subscription.PartnerEvent;
import nl.huisverbod.subscription.Subscription;
import nl.huisverbod.zgw.ZgwClient.Api;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Brings the case into the municipality's ZGW store (docs/adr/0025). Each event makes the store follow the
 * order as it stands now, step by step, each step once: the zaak (zaaktype tijdelijk huisverbod, uiterlijke
 * einddatum the tenth day, archiefnominatie vernietigen), the status opgelegd, every beschikking as a document
 * with its besluit (oplegging, verlenging, intrekking: datum, ingangsdatum, vervaldatum and vervalreden) linked
 * to both, the verlenging of the zaak, and when the order is over: the besluiten that ran on ended by an
 * intrekking, the resultaat, the archiefactiedatum (five years after the last decision, Wth 10) and the
 * eindstatus. What a step created is remembered, so a retry after a failure continues where it stopped.
 * Runs as the link's account: the reads are authorised on its need-to-know and in the audit trail.
 */
@Component
class ZaakSync implements EventSink {

    private final ZgwLinks links;
    private final ZgwObjects objects;
    private final ZgwClient client;
    private final RunAs runAs;
    private final Besluiten besluiten;
    private final Dossiers dossiers;
    private final Municipalities municipalities;
    private final ZgwBodies bodies;

    ZaakSync(ZgwLinks links, ZgwObjects objects, ZgwClient client, RunAs runAs, Besluiten besluiten, Dossiers dossiers,
             Municipalities municipalities, ZgwBodies bodies) {
        this.links = links;
        this.objects = objects;
        this.client = client;
        this.runAs = runAs;
        this.besluiten = besluiten;
        this.dossiers = dossiers;
        this.municipalities = municipalities;
        this.bodies = bodies;
    }

    @Override
    public Subscription.Format format() {
        return Subscription.Format.ZGW_ZAKEN;
    }

    @Override
    public Outcome pass(UUID subscriptionId, PartnerEvent event) {
        ZgwLink link = links.find(subscriptionId).orElse(null);
        if (link == null) {
            return new Outcome(null, "no ZGW link for this subscription");
        }
        try {
            runAs.run(link.account(), () -> sync(link, event));
            return new Outcome(201, null);
        } catch (ZgwClient.Refused e) {
            return new Outcome(e.status(), e.getMessage());
        } catch (nl.huisverbod.shared.AccessDeniedException | nl.huisverbod.shared.NotFoundException e) {
            // the account may not see the case (any more): the store is not told, and the queue goes on
            return new Outcome(204, "not passed on: " + e.getMessage());
        }
    }

    private void sync(ZgwLink link, PartnerEvent event) {
        Huisverbod h = besluiten.forDossier(event.dossierId()).filter(o -> o.imposedAt() != null).orElse(null);
        if (h == null) {
            return; // nothing imposed: nothing for the store
        }
        Dossier d = dossiers.authorise(event.dossierId(), "zaak in het zaaksysteem", Onderdeel.BESLUIT);
        var step = new Steps(link, d.id(), new ZgwClient.Caller(link.clientId(), links.secret(link.subscriptionId()),
                link.account(), link.account(), event.traceId()));
        String gemeente = municipalities.current(d.gemeenteCode()).map(m -> m.name()).orElse(d.gemeenteCode());
        List<Beschikking> all = besluiten.beschikkingen(h.id()).stream().filter(b -> b.vernietigdOp() == null)
                .sorted(Comparator.comparing(Beschikking::createdAt)).toList();

        String zaak = step.once("zaak", Api.ZAKEN, link.zakenUrl() + "zaken", bodies.zaak(link, d, h));
        step.once("status:opgelegd", Api.ZAKEN, link.zakenUrl() + "statussen",
                bodies.status(zaak, link.statustypeOpgelegd(), h.imposedAt(), "zgw.status.opgelegd"));
        for (Beschikking b : all) {
            String document = step.once("document:" + b.id(), Api.DOCUMENTEN,
                    link.documentenUrl() + "enkelvoudiginformatieobjecten", bodies.document(link, b, gemeente, besluiten.beschikkingPdf(d.id(), b.id())));
            String besluit = step.once("besluit:" + b.id(), Api.BESLUITEN, link.besluitenUrl() + "besluiten",
                    bodies.besluit(link, zaak, h, b, gemeente));
            step.once("besluitinformatieobject:" + b.id(), Api.BESLUITEN, link.besluitenUrl() + "besluitinformatieobjecten",
                    Map.of("informatieobject", document, "besluit", besluit));
            step.once("zaakinformatieobject:" + b.id(), Api.ZAKEN, link.zakenUrl() + "zaakinformatieobjecten",
                    Map.of("informatieobject", document, "zaak", zaak, "titel", bodies.title(b)));
        }
        if (h.isExtended()) {
            LocalDate tenthDay = LegalTime.localDate(LegalTime.orderEnd(h.imposedAt()));
            long days = ChronoUnit.DAYS.between(tenthDay, LegalTime.localDate(h.endsAt()));
            step.patchOnce("verlenging", Api.ZAKEN, zaak, Map.of(
                    "verlenging", Map.of("reden", bodies.text("zgw.zaak.verlenging"), "duur", "P" + days + "D"),
                    "uiterlijkeEinddatumAfdoening", LegalTime.localDate(h.endsAt()).toString()));
            step.once("status:verlengd", Api.ZAKEN, link.zakenUrl() + "statussen",
                    bodies.status(zaak, link.statustypeVerlengd(), h.extendedAt(), "zgw.status.verlengd"));
        }
        if (h.status() == HuisverbodStatus.OPGELEGD) {
            return;
        }
        if (h.status() == HuisverbodStatus.INGETROKKEN) {
            // the Besluiten API 1.0 documents its PATCH with the besluit's required fields: the whole besluit is sent
            LocalDate withdrawn = LegalTime.localDate(h.withdrawnAt());
            for (Beschikking b : all) {
                if (b.soort() != BeschikkingSoort.INTREKKING) {
                    Map<String, Object> ended = bodies.besluit(link, zaak, h, b, gemeente);
                    ended.put("vervaldatum", withdrawn.toString());
                    ended.put("vervalreden", "ingetrokken_overheid");
                    step.patchOnce("verval:" + b.id(), Api.BESLUITEN,
                            objects.url(link.subscriptionId(), d.id(), "besluit:" + b.id()), ended);
                }
            }
        }
        java.time.Instant ended = h.status() == HuisverbodStatus.INGETROKKEN ? h.withdrawnAt()
                : h.endedAt() != null ? h.endedAt() : h.endsAt();
        step.once("resultaat", Api.ZAKEN, link.zakenUrl() + "resultaten", Map.of("zaak", zaak,
                "resultaattype", link.resultaattype(), "toelichting", bodies.text("zgw.resultaat." + h.status().name())));
        LocalDate lastDecision = all.stream().map(b -> LegalTime.localDate(b.createdAt())).max(LocalDate::compareTo)
                .orElse(LegalTime.localDate(h.imposedAt()));
        step.patchOnce("archief", Api.ZAKEN, zaak, Map.of("archiefnominatie", "vernietigen",
                "archiefactiedatum", lastDecision.plus(Bewaartermijnen.WTH_10).toString()));
        step.once("status:beeindigd", Api.ZAKEN, link.zakenUrl() + "statussen",
                bodies.status(zaak, link.statustypeBeeindigd(), ended, "zgw.status." + h.status().name()));
    }

    /** The steps of one case in one link, each done once and remembered by the URL it made. */
    private final class Steps {
        private final ZgwLink link;
        private final UUID dossierId;
        private final ZgwClient.Caller caller;

        Steps(ZgwLink link, UUID dossierId, ZgwClient.Caller caller) {
            this.link = link;
            this.dossierId = dossierId;
            this.caller = caller;
        }

        /** POSTs {@code body} unless this step was done; the URL of what it created. */
        String once(String name, Api api, String url, Map<String, Object> body) {
            String done = objects.url(link.subscriptionId(), dossierId, name);
            if (done != null) {
                return done;
            }
            JsonNode created = client.post(caller, api, url, body, bodies.text("zgw.audit." + name.replaceAll(":.*", "")));
            String made = created.path("url").asString(null);
            if (made == null || made.isBlank()) {
                throw new ZgwClient.Refused(502, "POST " + url + ": the answer has no url");
            }
            objects.remember(link.subscriptionId(), dossierId, name, made);
            return made;
        }

        /** PATCHes {@code target} unless this step was done. */
        void patchOnce(String name, Api api, String target, Map<String, Object> body) {
            if (objects.url(link.subscriptionId(), dossierId, name) != null) {
                return;
            }
            client.patch(caller, api, target, body, bodies.text("zgw.audit." + name.replaceAll(":.*", "")));
            objects.remember(link.subscriptionId(), dossierId, name, target);
        }
    }
}
