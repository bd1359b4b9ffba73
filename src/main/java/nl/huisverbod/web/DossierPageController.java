package nl.huisverbod.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.huisverbod.deadlines.Deadlines;
import nl.huisverbod.enforcement.Overtreding;
import nl.huisverbod.enforcement.Overtredingen;
import nl.huisverbod.enforcement.Rechtsmiddel;
import nl.huisverbod.enforcement.Rechtsmiddelen;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.decision.Huisverbod;
import nl.huisverbod.decision.JuridischeControles;
import nl.huisverbod.decision.RedenIntrekking;
import nl.huisverbod.care.Hulpteam;
import nl.huisverbod.care.Zorgadviezen;
import nl.huisverbod.decision.Verlengingsadvies;
import nl.huisverbod.decision.Uitreikingen;
import nl.huisverbod.enforcement.Strafrecht;
import nl.huisverbod.dossier.CaseView;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.dossier.DocumentSoort;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.DossierDocuments;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.notification.Notifications;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.risk.InstrumentDefinition;
import nl.huisverbod.risk.Risicotaxatie;
import nl.huisverbod.risk.Risicotaxaties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case page: the case, its RiHG, the order and its documents, and who was told. */
@Controller
class DossierPageController {

    private final Dossiers dossiers;
    private final Risicotaxaties risk;
    private final Besluiten besluiten;
    private final nl.huisverbod.dossier.RunningOrders runningOrders;
    private final JuridischeControles controles;
    private final Notifications notifications;
    private final DossierDocuments documents;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;
    private final Overtredingen overtredingen;
    private final Rechtsmiddelen rechtsmiddelen;
    private final Municipalities municipalities;
    private final CurrentUserProvider currentUser;
    private final Hulpteam hulpteam;
    private final Zorgadviezen zorgadviezen;
    private final Verlengingsadvies verlengingsadvies;
    private final Strafrecht strafrecht;
    private final Uitreikingen uitreikingen;
    private final nl.huisverbod.incidents.Herhaling herhaling;
    private final Clock clock;

    DossierPageController(Dossiers dossiers, Risicotaxaties risk, Besluiten besluiten, JuridischeControles controles,
                          Notifications notifications, DossierDocuments documents, Deadlines deadlines, CaseTimeline timeline,
                          Overtredingen overtredingen, Rechtsmiddelen rechtsmiddelen,
                          Municipalities municipalities, CurrentUserProvider currentUser, Hulpteam hulpteam,
                          Zorgadviezen zorgadviezen, Verlengingsadvies verlengingsadvies, Strafrecht strafrecht,
                          Uitreikingen uitreikingen, nl.huisverbod.incidents.Herhaling herhaling,
                          nl.huisverbod.dossier.RunningOrders runningOrders, Clock clock) {
        this.runningOrders = runningOrders;
        this.herhaling = herhaling;
        this.uitreikingen = uitreikingen;
        this.hulpteam = hulpteam;
        this.zorgadviezen = zorgadviezen;
        this.verlengingsadvies = verlengingsadvies;
        this.strafrecht = strafrecht;
        this.dossiers = dossiers;
        this.risk = risk;
        this.besluiten = besluiten;
        this.controles = controles;
        this.notifications = notifications;
        this.documents = documents;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.overtredingen = overtredingen;
        this.rechtsmiddelen = rechtsmiddelen;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUser.require();
        // a partner sees only the parts of the case its kind needs (PartnerSoort)
        CaseView view = dossiers.view(id, "inzien dossier");
        Dossier d = view.dossier();
        Set<Onderdeel> zicht = view.zicht();
        model.addAttribute("zicht", zicht.stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("d", d);
        model.addAttribute("view", view);
        model.addAttribute("gemeente", municipalities.current(d.gemeenteCode()).map(m -> m.name()).orElse(""));
        model.addAttribute("mandaat", municipalities.policy(d.gemeenteCode()).mandaat());
        if (zicht.contains(Onderdeel.RIHG)) {
            risk.forDossier(id).ifPresent(r -> {
                InstrumentDefinition instrument = risk.instrumentOf(r);
                model.addAttribute("rihg", r);
                model.addAttribute("redPerPart", redPerPart(r, instrument));
                model.addAttribute("indicationNow", r.indication(instrument));
            });
        }
        model.addAttribute("timeline", timeline.linesOf(id, zicht));
        if (zicht.contains(Onderdeel.BESLUIT)) {
            besluiten.forDossier(id).ifPresent(h -> addOrder(model, h));
            model.addAttribute("rechtsmiddelen", rechtsmiddelen.list(id));
        }
        if (zicht.contains(Onderdeel.ZORGADVIES)) {
            zorgadviezen.get(id).ifPresent(z -> model.addAttribute("zorgadvies", z));
            verlengingsadvies.beleidsadvies(id).ifPresent(b -> model.addAttribute("beleidsadvies", b));
        }
        if (zicht.contains(Onderdeel.RIHG)) {
            model.addAttribute("related", dossiers.relatedCases(d));
        }
        if (zicht.contains(Onderdeel.INCIDENTEN)) {
            model.addAttribute("herhaling", herhaling.forDossier(id, 12, nl.huisverbod.incidents.Recidive.Bronnen.ALLE));
        }
        if (zicht.contains(Onderdeel.STRAFRECHT)) {
            model.addAttribute("strafrecht", strafrecht.list(id));
        }
        if (zicht.contains(Onderdeel.OVERTREDINGEN)) {
            model.addAttribute("overtredingen", overtredingen.list(id));
        }
        if (zicht.contains(Onderdeel.DOCUMENTEN)) {
            model.addAttribute("documents", documents.list(id));
        }
        if (CaseSteps.shownTo(user.role())) {
            model.addAttribute("steps", CaseSteps.of(d, zicht.contains(Onderdeel.BESLUIT)
                    ? (nl.huisverbod.decision.Huisverbod) model.getAttribute("hv") : null, user.role()));
        }
        model.addAttribute("hulpZichtbaar", zicht.contains(Onderdeel.TEAM) && besluiten.period(id).isPresent());
        hulpteam.coordinatie(id).ifPresent(c -> model.addAttribute("coordinatie", c));
        model.addAttribute("deadlines", deadlines.forDossier(id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("documentSoorten", DocumentSoort.values());
        model.addAttribute("notifications", notifications.sentFor(id));
        model.addAttribute("soorten", Rechtsmiddel.Soort.values());
        model.addAttribute("uitkomsten", Rechtsmiddel.Uitkomst.values());
        model.addAttribute("vormen", Overtreding.Vorm.values());
        model.addAttribute("melders", Overtreding.Melder.values());
        Huisverbod order = (Huisverbod) model.getAttribute("hv");
        if (order == null || order.imposedAt() == null) {
            // Wth 2(2): only an adult can be ordered out; said from registration on, not first at the decision
            java.time.LocalDate today = LegalTime.localDate(clock.instant());
            model.addAttribute("minorsToEvict", view.personen().stream()
                    .filter(p -> p.rol() == nl.huisverbod.dossier.PersonRole.UITHUISGEPLAATSTE && p.geboortedatum() != null
                            && !p.isAdultOn(today))
                    .toList());
        }
        // the same address lies in the same police unit: the other case is the police's to open (empty for others)
        model.addAttribute("runningElsewhere", runningOrders.at(d.adres().postcode(), d.adres().huisnummer()).stream()
                .filter(r -> !r.dossierId().equals(id)).toList());
        return "web/dossier";
    }

    private void addOrder(Model model, Huisverbod h) {
        model.addAttribute("hv", h);
        model.addAttribute("beschikkingen", besluiten.beschikkingen(h.id()));
        var served = uitreikingen.ofDossier(h.dossierId());
        model.addAttribute("uitreikingen", besluiten.beschikkingen(h.id()).stream().collect(Collectors.toMap(
                b -> b.id(), b -> served.stream().filter(u -> u.beschikkingId().equals(b.id())).toList())));
        model.addAttribute("nowLocal", LegalTime.local(clock.instant()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
        model.addAttribute("controles", controles.ofHuisverbod(h.id()));
        model.addAttribute("servingOverdue", h.writtenServingOverdue(clock.instant()));
        if (h.imposedAt() != null) {
            Instant maxEnd = LegalTime.extensionMaximum(h.imposedAt());
            model.addAttribute("maxEnd", maxEnd);
            model.addAttribute("maxEndLocal", LegalTime.local(maxEnd).toLocalDateTime()
                    .truncatedTo(ChronoUnit.MINUTES).toString());
        }
        if (h.status() == nl.huisverbod.decision.HuisverbodStatus.OPGELEGD
                && currentUser.require().role() == nl.huisverbod.identity.Role.BURGEMEESTER) {
            model.addAttribute("grounds", besluiten.extensionGrounds(h.dossierId()));
        }
        model.addAttribute("intrekkingRedenen", RedenIntrekking.values());
        model.addAttribute("leafletLanguages", besluiten.leafletLanguages());
    }

    private static String redPerPart(Risicotaxatie r, InstrumentDefinition instrument) {
        Map<String, Long> counts = instrument.parts().stream()
                .collect(Collectors.toMap(InstrumentDefinition.Part::code, r::redCount, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
