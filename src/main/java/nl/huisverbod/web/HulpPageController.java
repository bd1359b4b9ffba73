package nl.huisverbod.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.huisverbod.care.Contacten;
import nl.huisverbod.care.Formulier;
import nl.huisverbod.care.Formulieren;
import nl.huisverbod.care.Hulpteam;
import nl.huisverbod.care.Opvang;
import nl.huisverbod.care.PlannenVanAanpak;
import nl.huisverbod.care.Screening;
import nl.huisverbod.care.Screenings;
import nl.huisverbod.care.Systeemgesprekken;
import nl.huisverbod.care.Taken;
import nl.huisverbod.care.Veiligheidsplannen;
import nl.huisverbod.care.Zorgadviezen;
import nl.huisverbod.care.Zorgoverleggen;
import nl.huisverbod.deadlines.Deadline;
import nl.huisverbod.deadlines.Deadlines;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.decision.Verlengingsadvies;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.platform.FormErrors;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.web.WebForm.Field;
import nl.huisverbod.web.WebForm.Kind;
import nl.huisverbod.web.WebForm.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The help file of a case for the coordinator and the partners: every part the user may see, the deadlines
 * with their outcome, and the way to each form. Screening forms are built from their definition.
 */
@Controller
class HulpPageController {

    /** Screening answers are posted as {@code antwoorden.<topic>}, the field names the service reports. */
    private static final String ANSWER = "antwoorden.";

    private final Dossiers dossiers;
    private final Besluiten besluiten;
    private final Deadlines deadlines;
    private final Hulpteam team;
    private final Contacten contacten;
    private final Screenings screenings;
    private final Formulieren formulieren;
    private final Zorgoverleggen overleggen;
    private final PlannenVanAanpak plannen;
    private final Taken taken;
    private final Veiligheidsplannen veiligheidsplannen;
    private final Systeemgesprekken systeemgesprekken;
    private final Opvang opvang;
    private final Zorgadviezen zorgadviezen;
    private final Verlengingsadvies verlengingsadvies;
    private final Messages messages;
    private final Clock clock;
    private final nl.huisverbod.followup.Verwijzingen verwijzingen;
    private final nl.huisverbod.followup.Programmas programmas;
    private final nl.huisverbod.followup.Probleeminventarissen inventarissen;
    private final nl.huisverbod.followup.Tijdregistratie tijd;
    private final nl.huisverbod.followup.Monitoring monitoring;
    private final nl.huisverbod.followup.Afsluiting afsluiting;

    HulpPageController(Dossiers dossiers, Besluiten besluiten, Deadlines deadlines, Hulpteam team, Contacten contacten,
                       Screenings screenings, Formulieren formulieren, Zorgoverleggen overleggen,
                       PlannenVanAanpak plannen, Taken taken, Veiligheidsplannen veiligheidsplannen,
                       Systeemgesprekken systeemgesprekken, Opvang opvang, Zorgadviezen zorgadviezen,
                       Verlengingsadvies verlengingsadvies, Messages messages, Clock clock,
                       nl.huisverbod.followup.Verwijzingen verwijzingen, nl.huisverbod.followup.Programmas programmas,
                       nl.huisverbod.followup.Probleeminventarissen inventarissen, nl.huisverbod.followup.Tijdregistratie tijd,
                       nl.huisverbod.followup.Monitoring monitoring, nl.huisverbod.followup.Afsluiting afsluiting) {
        this.verwijzingen = verwijzingen;
        this.programmas = programmas;
        this.inventarissen = inventarissen;
        this.tijd = tijd;
        this.monitoring = monitoring;
        this.afsluiting = afsluiting;
        this.dossiers = dossiers;
        this.besluiten = besluiten;
        this.deadlines = deadlines;
        this.team = team;
        this.contacten = contacten;
        this.screenings = screenings;
        this.formulieren = formulieren;
        this.overleggen = overleggen;
        this.plannen = plannen;
        this.taken = taken;
        this.veiligheidsplannen = veiligheidsplannen;
        this.systeemgesprekken = systeemgesprekken;
        this.opvang = opvang;
        this.zorgadviezen = zorgadviezen;
        this.verlengingsadvies = verlengingsadvies;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dossiers/{id}/hulp")
    String show(@PathVariable UUID id, Model model) {
        Dossier d = dossiers.authorise(id, "hulpverlening", Onderdeel.TEAM);
        Set<Onderdeel> zicht = dossiers.zicht(id);
        model.addAttribute("d", d);
        model.addAttribute("zicht", zicht.stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("now", clock.instant());
        besluiten.period(id).ifPresent(p -> model.addAttribute("period", p));
        team.coordinatie(id).ifPresent(c -> model.addAttribute("coordinatie", c));
        model.addAttribute("team", team.team(id));
        List<Deadline> all = deadlines.forDossier(id);
        model.addAttribute("deadlines", all);
        if (zicht.contains(Onderdeel.CONTACTEN)) {
            model.addAttribute("contacten", contacten.list(id));
            model.addAttribute("eersteContacten", contacten.eersteContacten(id));
        }
        if (zicht.contains(Onderdeel.SCREENING)) {
            model.addAttribute("screeningRows", screeningRows(d, screenings.list(id)));
        }
        if (zicht.contains(Onderdeel.ZORGOVERLEG)) {
            model.addAttribute("overleggen", overleggen.list(id));
        }
        if (zicht.contains(Onderdeel.PLAN)) {
            model.addAttribute("plannen", plannen.list(id));
            model.addAttribute("taken", taken.ofDossier(id));
        }
        if (zicht.contains(Onderdeel.VEILIGHEIDSPLAN)) {
            veiligheidsplannen.get(id).ifPresent(p -> model.addAttribute("veiligheidsplan", p));
        }
        if (zicht.contains(Onderdeel.SYSTEEMGESPREK)) {
            model.addAttribute("systeemgesprekken", systeemgesprekken.list(id));
        }
        if (zicht.contains(Onderdeel.OPVANG)) {
            model.addAttribute("opvang", opvang.list(id));
            model.addAttribute("bezetting", opvang.bezetting(d.vtRegion(), nl.huisverbod.shared.LegalTime.localDate(clock.instant())));
        }
        if (zicht.contains(Onderdeel.ZORGADVIES)) {
            zorgadviezen.get(id).ifPresent(z -> model.addAttribute("zorgadvies", z));
            model.addAttribute("zienswijzen", zorgadviezen.zienswijzen(id));
            model.addAttribute("hoorzittingen", verlengingsadvies.hearings(id));
            verlengingsadvies.beleidsadvies(id).ifPresent(b -> model.addAttribute("beleidsadvies", b));
        }
        if (zicht.contains(Onderdeel.NAZORG)) {
            model.addAttribute("verwijzingen", verwijzingen.list(id));
            model.addAttribute("programmas", programmas.all().stream()
                    .collect(Collectors.toMap(p -> p.code(), p -> p.naam())));
            model.addAttribute("namen", d.personen().stream().collect(Collectors.toMap(p -> p.id(), p -> p.naam())));
            var inventories = inventarissen.list(id);
            model.addAttribute("inventarissen", inventories);
            // the change per life domain for each person with both inventories (negative is better)
            Map<UUID, Map<nl.huisverbod.followup.Leefgebied, Integer>> change = new HashMap<>();
            for (var start : inventories) {
                inventories.stream().filter(e -> e.persoonId().equals(start.persoonId())
                                && start.moment() == nl.huisverbod.followup.Probleeminventaris.Moment.START
                                && e.moment() == nl.huisverbod.followup.Probleeminventaris.Moment.EIND).findFirst()
                        .ifPresent(end -> change.put(start.persoonId(),
                                nl.huisverbod.followup.Probleeminventarissen.verandering(start, end)));
            }
            model.addAttribute("verandering", change);
            model.addAttribute("tijd", tijd.totals(id));
            model.addAttribute("monitoring", monitoring.list(id));
            monitoring.rapportOf(id).ifPresent(r -> model.addAttribute("rapport", r));
            afsluiting.outcome(id).ifPresent(u -> model.addAttribute("uitkomst", u));
            model.addAttribute("leefgebieden", nl.huisverbod.followup.Leefgebied.values());
        }
        return "web/hulp";
    }

    @PostMapping("/dossiers/{id}/hulp/aanvaarden")
    String accept(@PathVariable UUID id) {
        team.accept(id);
        return "redirect:/dossiers/" + id + "/hulp?saved";
    }

    @PostMapping("/dossiers/{id}/hulp/taken/{taakId}/gereed")
    String done(@PathVariable UUID id, @PathVariable UUID taakId, @RequestParam int version) {
        taken.complete(id, taakId, version);
        return "redirect:/dossiers/" + id + "/hulp?saved#plan";
    }

    @GetMapping("/dossiers/{id}/hulp/screening/{persoonId}/{formulier}")
    String screening(@PathVariable UUID id, @PathVariable UUID persoonId, @PathVariable String formulier, Model model) {
        Dossier d = dossiers.authorise(id, "screening", Onderdeel.SCREENING);
        Map<String, String> values = new HashMap<>();
        screenings.list(id).stream().filter(s -> s.persoonId().equals(persoonId) && s.formulier().equals(formulier))
                .findFirst().ifPresent(s -> {
                    s.antwoorden().forEach((k, v) -> values.put(ANSWER + k, v));
                    values.put("version", Integer.toString(s.version()));
                    values.put("definitief", Boolean.toString(s.definitief()));
                });
        return renderScreening(model, d, persoonId, formulier, values, FormErrors.none());
    }

    @PostMapping("/dossiers/{id}/hulp/screening/{persoonId}/{formulier}")
    String saveScreening(@PathVariable UUID id, @PathVariable UUID persoonId, @PathVariable String formulier,
                         @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        Dossier d = dossiers.authorise(id, "screening", Onderdeel.SCREENING);
        params.remove("_csrf");
        Map<String, String> answers = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(ANSWER)) {
                answers.put(k.substring(ANSWER.length()), v);
            }
        });
        String version = params.get("version");
        boolean definitief = "true".equals(params.get("definitief"));
        try {
            Integer v = version == null || version.isBlank() ? null : Integer.valueOf(version);
            screenings.save(id, persoonId, formulier, v, answers, definitief);
            return "redirect:/dossiers/" + id + "/hulp?saved#screening";
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "validation.invalidFormat");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderScreening(model, d, persoonId, formulier, params, FormErrors.of(e.violations(), messages));
        }
    }

    private String renderScreening(Model model, Dossier d, UUID persoonId, String code, Map<String, String> values,
                                   FormErrors errors) {
        Formulier form = formulieren.find(code).orElseThrow(() -> new NotFoundException("formulier"));
        Persoon p = d.personen().stream().filter(x -> x.id().equals(persoonId)).findFirst()
                .orElseThrow(() -> new NotFoundException("persoon"));
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of("version", "", Kind.HIDDEN));
        for (Formulier.Onderwerp o : form.onderwerpen()) {
            String label = o.titel() + (o.verplicht() ? "" : " " + messages.get("common.optional"));
            fields.add(o.type() == Formulier.Type.KEUZE
                    ? Field.select(ANSWER + o.code(), label, o.opties().stream().map(x -> new Option(x, x)).toList())
                    : Field.of(ANSWER + o.code(), label, Kind.TEXTAREA));
        }
        fields.add(Field.of("definitief", messages.get("care.screening.final.ask"), Kind.CHECKBOX));
        model.addAttribute("d", d);
        model.addAttribute("form", new WebForm(form.titel() + " — " + p.naam(), messages.get("care.screening.intro"),
                "/dossiers/" + d.id() + "/hulp/screening/" + persoonId + "/" + code, messages.get("care.form.save"),
                fields));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "web/hulp-form";
    }

    /** One row per person the screening forms are meant for, with the state of each form. */
    private List<ScreeningRow> screeningRows(Dossier d, List<Screening> done) {
        List<ScreeningRow> rows = new ArrayList<>();
        for (Persoon p : d.personen()) {
            if (p.rol() != PersonRole.ACHTERBLIJVER && p.rol() != PersonRole.KIND) {
                continue;
            }
            for (Formulier f : formulieren.forRole(p.rol())) {
                Screening s = done.stream().filter(x -> x.persoonId().equals(p.id()) && x.formulier().equals(f.code()))
                        .findFirst().orElse(null);
                rows.add(new ScreeningRow(p, f, s));
            }
        }
        return rows;
    }

    record ScreeningRow(Persoon persoon, Formulier formulier, Screening screening) {
    }
}
