package nl.huisverbod.web;

import static nl.huisverbod.web.WebForm.Field.of;
import static nl.huisverbod.web.WebForm.Field.select;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.huisverbod.care.Contact;
import nl.huisverbod.care.ContactInput;
import nl.huisverbod.care.Contacten;
import nl.huisverbod.care.Functie;
import nl.huisverbod.care.Hulpteam;
import nl.huisverbod.care.Opvang;
import nl.huisverbod.care.PlanVanAanpak;
import nl.huisverbod.care.PlannenVanAanpak;
import nl.huisverbod.care.Systeemgesprekken;
import nl.huisverbod.care.Veiligheidsplannen;
import nl.huisverbod.care.VeiligheidsplanInput;
import nl.huisverbod.care.Zorgadvies;
import nl.huisverbod.care.ZorgadviesInput;
import nl.huisverbod.care.Zorgadviezen;
import nl.huisverbod.care.Zorgoverleggen;
import nl.huisverbod.decision.Hoorzitting;
import nl.huisverbod.decision.Verlengingsadvies;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PartnerSoort;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.enforcement.Strafrecht;
import nl.huisverbod.enforcement.Strafrechtstap;
import nl.huisverbod.enforcement.StrafrechtstapInput;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
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
 * The forms of the help file, one per page: the page shows the form, a post saves it and goes back to the
 * help page; invalid input comes back on the same page with every message and every value kept.
 */
@Controller
class HulpFormController extends OneFormPerPage {

    private static final int TASK_ROWS = 3;
    private final Hulpteam team;
    private final Contacten contacten;
    private final Zorgoverleggen overleggen;
    private final PlannenVanAanpak plannen;
    private final Veiligheidsplannen veiligheidsplannen;
    private final Systeemgesprekken systeemgesprekken;
    private final Opvang opvang;
    private final Zorgadviezen zorgadviezen;
    private final Verlengingsadvies verlengingsadvies;
    private final Strafrecht strafrecht;
    private final nl.huisverbod.incidents.Incidenten incidenten;
    private final CurrentUserProvider currentUser;
    private final java.time.Clock clock;

    HulpFormController(Dossiers dossiers, Hulpteam team, Contacten contacten, Zorgoverleggen overleggen,
                       PlannenVanAanpak plannen, Veiligheidsplannen veiligheidsplannen,
                       Systeemgesprekken systeemgesprekken, Opvang opvang, Zorgadviezen zorgadviezen,
                       Verlengingsadvies verlengingsadvies, Strafrecht strafrecht,
                       nl.huisverbod.incidents.Incidenten incidenten, CurrentUserProvider currentUser,
                       Messages messages, java.time.Clock clock) {
        super(dossiers, messages);
        this.incidenten = incidenten;
        this.team = team;
        this.contacten = contacten;
        this.overleggen = overleggen;
        this.plannen = plannen;
        this.veiligheidsplannen = veiligheidsplannen;
        this.systeemgesprekken = systeemgesprekken;
        this.opvang = opvang;
        this.zorgadviezen = zorgadviezen;
        this.verlengingsadvies = verlengingsadvies;
        this.strafrecht = strafrecht;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping({"/dossiers/{id}/hulp/{actie}", "/dossiers/{id}/hulp/{actie}/{sub}"})
    String show(@PathVariable UUID id, @PathVariable String actie, @PathVariable(required = false) String sub,
                Model model) {
        return super.show(id, actie, sub, model);
    }

    @PostMapping({"/dossiers/{id}/hulp/{actie}", "/dossiers/{id}/hulp/{actie}/{sub}"})
    String submit(@PathVariable UUID id, @PathVariable String actie, @PathVariable(required = false) String sub,
                  @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        return super.submit(id, actie, sub, params, model, response);
    }

    @Override
    Onderdeel partOf(String actie) {
        return switch (actie) {
            case "team" -> Onderdeel.TEAM;
            case "contact" -> Onderdeel.CONTACTEN;
            case "overleg", "verslag" -> Onderdeel.ZORGOVERLEG;
            case "plan" -> Onderdeel.PLAN;
            case "veiligheidsplan" -> Onderdeel.VEILIGHEIDSPLAN;
            case "systeemgesprek" -> Onderdeel.SYSTEEMGESPREK;
            case "opvang", "opvang-einde" -> Onderdeel.OPVANG;
            case "zorgadvies", "zienswijze", "hoorzitting", "beleidsadvies" -> Onderdeel.ZORGADVIES;
            case "strafrecht" -> Onderdeel.STRAFRECHT;
            case "incident" -> Onderdeel.INCIDENTEN;
            default -> throw new NotFoundException("formulier");
        };
    }

    /** The form of an action: its fields, labels and choices. */
    @Override
    WebForm form(Dossier d, String actie, String sub) {
        String action = "/dossiers/" + d.id() + "/hulp/" + actie + (sub == null ? "" : "/" + sub);
        List<Field> f = new ArrayList<>();
        String intro = null;
        switch (actie) {
            case "team" -> {
                f.add(select("functie", t("care.f.functie"), options(Functie.values(), "care.functie.")));
                f.add(select("partnerSoort", t("care.f.partnerSoort"), options(PartnerSoort.values(), "partner."))
                        .hint(t("care.f.partnerSoort.hint")));
                List<Option> orgs = new ArrayList<>();
                List<Option> pros = new ArrayList<>();
                for (Hulpteam.Kandidaat k : team.candidates(d)) {
                    orgs.add(new Option(k.organisation().id().toString(), k.organisation().name()));
                    k.professionals().forEach(p -> pros.add(new Option(p.id().toString(),
                            p.displayName() + " — " + k.organisation().name())));
                }
                f.add(select("organisationId", t("care.f.organisatie"), orgs));
                f.add(select("userId", t("care.f.hulpverlener"), pros).hint(t("care.f.hulpverlener.hint")));
            }
            case "contact" -> {
                f.add(select("persoonId", t("care.f.persoon"), persons(d, p -> true)).hint(t("care.f.persoon.hint")));
                f.add(of("partij", t("care.f.partij"), Kind.TEXT));
                f.add(select("kanaal", t("care.f.kanaal"), options(Contact.Kanaal.values(), "care.kanaal.")));
                f.add(of("bereikt", t("care.f.bereikt"), Kind.YESNO));
                f.add(of("moment", t("care.f.moment"), Kind.DATETIME));
                f.add(of("notitie", t("care.f.notitie"), Kind.TEXTAREA));
            }
            case "overleg" -> {
                f.add(of("geplandOp", t("care.f.geplandOp"), Kind.DATETIME));
                f.add(of("agenda", t("care.f.agenda"), Kind.TEXTAREA));
            }
            case "verslag" -> {
                f.add(of("version", "", Kind.HIDDEN));
                f.add(of("gehoudenOp", t("care.f.gehoudenOp"), Kind.DATETIME));
                f.add(of("aanwezigen", t("care.f.aanwezigen"), Kind.TEXTAREA));
                f.add(of("notulen", t("care.f.notulen"), Kind.TEXTAREA));
                f.add(of("besluiten", t("care.f.besluiten"), Kind.TEXTAREA));
                taskFields(d, f);
            }
            case "plan" -> {
                f.add(of("version", "", Kind.HIDDEN));
                f.add(of("doelen", t("care.f.doelen"), Kind.TEXTAREA));
                f.add(of("afspraken", t("care.f.afspraken"), Kind.TEXTAREA));
                taskFields(d, f);
            }
            case "veiligheidsplan" -> {
                f.add(of("version", "", Kind.HIDDEN));
                for (String name : List.of("timeOut", "escalatieladder", "verblijf", "contactregeling", "kinderen", "netwerk")) {
                    f.add(of(name, t("care.f." + name), Kind.TEXTAREA));
                }
            }
            case "systeemgesprek" -> {
                f.add(of("moment", t("care.f.moment"), Kind.DATETIME));
                f.add(of("deelnemers", t("care.f.deelnemers"), Kind.TEXT));
                f.add(of("verslag", t("care.f.verslag"), Kind.TEXTAREA));
            }
            case "opvang" -> {
                var b = opvang.bezetting(d.vtRegion(), LegalTime.localDate(clock.instant()));
                intro = t("care.shelter.beds.status", b.vtRegion(), b.gereserveerd(), b.inGebruik());
                f.add(select("persoonId", t("care.f.persoon"), persons(d, p -> p.rol() == PersonRole.UITHUISGEPLAATSTE)));
                f.add(of("voorziening", t("care.f.voorziening"), Kind.TEXT));
                f.add(of("crisisbed", t("care.f.crisisbed"), Kind.YESNO));
                f.add(of("van", t("care.f.van"), Kind.DATE));
                f.add(of("tot", t("care.f.tot"), Kind.DATE));
            }
            case "opvang-einde" -> {
                f.add(of("version", "", Kind.HIDDEN));
                f.add(of("tot", t("care.f.tot"), Kind.DATE));
            }
            case "zorgadvies" -> {
                intro = t("care.advice.intro");
                f.add(of("verloop", t("care.f.verloop"), Kind.TEXTAREA));
                f.add(of("veiligheidsafspraken", t("care.f.veiligheidsafspraken"), Kind.TEXTAREA));
                f.add(of("hulpGestart", t("care.f.hulpGestart"), Kind.TEXTAREA));
                f.add(select("dreigingAfgenomen", t("care.f.dreigingAfgenomen"),
                        options(Zorgadvies.Dreiging.values(), "care.dreiging.")));
                f.add(of("adviesVerlengen", t("care.f.adviesVerlengen"), Kind.YESNO));
                f.add(of("toelichting", t("care.f.toelichting"), Kind.TEXTAREA));
            }
            case "zienswijze" -> {
                intro = t("care.view.intro");
                f.add(of("adviesVerlengen", t("care.f.adviesVerlengen"), Kind.YESNO));
                f.add(of("toelichting", t("care.f.toelichting"), Kind.TEXTAREA));
            }
            case "hoorzitting" -> {
                intro = t("care.hearing.intro");
                f.add(select("persoonId", t("care.f.persoon"), persons(d, p -> p.rol() == PersonRole.UITHUISGEPLAATSTE
                        || p.rol() == PersonRole.ACHTERBLIJVER)));
                f.add(of("moment", t("care.f.moment"), Kind.DATETIME));
                f.add(select("wijze", t("care.f.wijze"), options(Hoorzitting.Wijze.values(), "care.wijze.")));
                f.add(of("samenvatting", t("care.f.samenvatting"), Kind.TEXTAREA));
            }
            case "beleidsadvies" -> {
                intro = t("care.policy.intro");
                f.add(of("adviesVerlengen", t("care.f.adviesVerlengen"), Kind.YESNO));
                f.add(of("motivering", t("care.f.motivering"), Kind.TEXTAREA));
            }
            case "strafrecht" -> {
                var role = currentUser.require().role();
                f.add(select("soort", t("care.f.soort"), Arrays.stream(Strafrechtstap.Soort.values())
                        .filter(s -> Arrays.asList(s.roles()).contains(role))
                        .map(s -> new Option(s.name(), t("criminal.soort." + s.name()))).toList()));
                f.add(of("moment", t("care.f.moment"), Kind.DATETIME));
                f.add(select("uitkomst", t("care.f.uitkomst"), options(Strafrechtstap.Uitkomst.values(), "criminal.uitkomst."))
                        .hint(t("care.f.uitkomst.hint")));
                f.add(of("tot", t("care.f.totGedragsaanwijzing"), Kind.DATE));
                f.add(of("toelichting", t("care.f.toelichting"), Kind.TEXTAREA));
            }
            case "incident" -> {
                intro = t("incidents.report.intro");
                var role = currentUser.require().role();
                f.add(select("bron", t("incidents.f.bron"), Arrays.stream(nl.huisverbod.incidents.Incident.Bron.values())
                        .filter(b -> switch (b) {
                            case POLITIE -> role.isPolice();
                            case VEILIG_THUIS -> role == nl.huisverbod.identity.Role.VT_COORDINATOR;
                            case JEUGDBESCHERMING -> role == nl.huisverbod.identity.Role.VT_COORDINATOR
                                    || role == nl.huisverbod.identity.Role.ZORGPROFESSIONAL;
                        })
                        .map(b -> new Option(b.name(), t("incidents.bron." + b.name()))).toList()));
                f.add(of("nummer", t("incidents.f.nummer"), Kind.TEXT));
                f.add(of("datum", t("followup.f.datum"), Kind.DATE));
                f.add(select("aard", t("followup.f.aard"), Arrays.stream(nl.huisverbod.incidents.Incident.Aard.values())
                        .map(a -> new Option(a.name(), t("followup.value." + a.name()))).toList()));
                f.add(of("personen", t("incidents.f.personen"), Kind.HEADING));
                d.personen().forEach(p -> f.add(of("persoon." + p.id(), p.naam() + " (" + t("role." + p.rol().name()) + ")",
                        Kind.CHECKBOX)));
            }
            default -> throw new NotFoundException("formulier");
        }
        return new WebForm(t("care.form." + actie), intro, action, t("care.form.save"), f);
    }

    @Override
    Map<String, String> prefill(Dossier d, String actie, String sub) {
        Map<String, String> v = new HashMap<>();
        String now = LocalDateTime.ofInstant(clock.instant(), LegalTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
        switch (actie) {
            case "contact", "systeemgesprek", "hoorzitting", "strafrecht" -> v.put("moment", now);
            case "incident" -> v.put("datum", LegalTime.localDate(clock.instant()).toString());
            case "verslag" -> overleggen.list(d.id()).stream().filter(z -> z.id().toString().equals(sub)).findFirst()
                    .ifPresentOrElse(z -> {
                        v.put("version", Integer.toString(z.version()));
                        v.put("gehoudenOp", z.gehoudenOp() == null ? LocalDateTime.ofInstant(z.geplandOp(), LegalTime.ZONE).toString()
                                : LocalDateTime.ofInstant(z.gehoudenOp(), LegalTime.ZONE).toString());
                        put(v, "aanwezigen", z.aanwezigen());
                        put(v, "notulen", z.notulen());
                        put(v, "besluiten", z.besluiten());
                    }, () -> {
                        throw new NotFoundException("zorgoverleg");
                    });
            case "plan" -> plannen.list(d.id()).stream().filter(p -> p.soort().name().equals(sub)).findFirst()
                    .ifPresent(p -> {
                        v.put("version", Integer.toString(p.version()));
                        put(v, "doelen", p.doelen());
                        put(v, "afspraken", p.afspraken());
                    });
            case "veiligheidsplan" -> veiligheidsplannen.get(d.id()).ifPresent(p -> {
                v.put("version", Integer.toString(p.version()));
                put(v, "timeOut", p.timeOut());
                put(v, "escalatieladder", p.escalatieladder());
                put(v, "verblijf", p.verblijf());
                put(v, "contactregeling", p.contactregeling());
                put(v, "kinderen", p.kinderen());
                put(v, "netwerk", p.netwerk());
            });
            case "opvang" -> v.put("van", LegalTime.localDate(clock.instant()).toString());
            case "opvang-einde" -> opvang.list(d.id()).stream().filter(o -> o.id().toString().equals(sub)).findFirst()
                    .ifPresent(o -> {
                        v.put("version", Integer.toString(o.version()));
                        v.put("tot", LegalTime.localDate(clock.instant()).toString());
                    });
            default -> { }
        }
        return v;
    }

    /** Saves the form; goes back to the help page's section (the case page for the police's own parts). */
    @Override
    String save(Dossier d, String actie, String sub, FormValues in) {
        String anchor = saveAction(d, actie, sub, in);
        return actie.equals("strafrecht") || actie.equals("incident")
                ? "/dossiers/" + d.id() + "?saved#" + anchor : "/dossiers/" + d.id() + "/hulp?saved#" + anchor;
    }

    private String saveAction(Dossier d, String actie, String sub, FormValues in) {
        UUID id = d.id();
        switch (actie) {
            case "team" -> {
                var functie = in.choice(Functie.class, "functie");
                var soort = in.choice(PartnerSoort.class, "partnerSoort");
                var org = in.uuid("organisationId");
                var user = in.uuid("userId");
                in.check();
                team.assign(id, functie, soort, org, user);
                return "team";
            }
            case "contact" -> {
                var c = new ContactInput(in.uuid("persoonId"), in.text("partij"), in.choice(Contact.Kanaal.class, "kanaal"),
                        in.bool("bereikt"), in.moment("moment"), in.text("notitie"));
                in.check();
                contacten.record(id, c);
                return "contacten";
            }
            case "overleg" -> {
                var at = in.moment("geplandOp");
                in.check();
                overleggen.plan(id, at, in.text("agenda"));
                return "zorgoverleg";
            }
            case "verslag" -> {
                int version = version(in);
                var at = in.moment("gehoudenOp");
                var tasks = in.tasks(TASK_ROWS);
                in.check();
                overleggen.recordMinutes(id, UUID.fromString(sub), version, at, in.text("aanwezigen"), in.text("notulen"),
                        in.text("besluiten"), tasks);
                return "zorgoverleg";
            }
            case "plan" -> {
                var soort = PlanVanAanpak.Soort.valueOf(sub);
                var tasks = in.tasks(TASK_ROWS);
                Integer version = in.text("version") == null ? null : version(in);
                in.check();
                plannen.save(id, soort, version, in.text("doelen"), in.text("afspraken"), tasks);
                return "plan";
            }
            case "veiligheidsplan" -> {
                Integer version = in.text("version") == null ? null : version(in);
                in.check();
                veiligheidsplannen.save(id, new VeiligheidsplanInput(version, in.text("timeOut"), in.text("escalatieladder"),
                        in.text("verblijf"), in.text("contactregeling"), in.text("kinderen"), in.text("netwerk")));
                return "veiligheidsplan";
            }
            case "systeemgesprek" -> {
                var at = in.moment("moment");
                in.check();
                systeemgesprekken.record(id, at, in.text("deelnemers"), in.text("verslag"));
                return "systeemgesprek";
            }
            case "opvang" -> {
                var persoon = in.uuid("persoonId");
                var bed = in.bool("crisisbed");
                var van = in.date("van");
                var tot = in.date("tot");
                in.check();
                opvang.place(id, persoon, in.text("voorziening"), bed, van, tot);
                return "opvang";
            }
            case "opvang-einde" -> {
                int version = version(in);
                var tot = in.date("tot");
                in.check();
                opvang.end(id, UUID.fromString(sub), version, tot);
                return "opvang";
            }
            case "zorgadvies" -> {
                var input = new ZorgadviesInput(in.text("verloop"), in.text("veiligheidsafspraken"), in.text("hulpGestart"),
                        in.choice(Zorgadvies.Dreiging.class, "dreigingAfgenomen"), in.bool("adviesVerlengen"),
                        in.text("toelichting"));
                in.check();
                zorgadviezen.issue(id, input);
                return "zorgadvies";
            }
            case "zienswijze" -> {
                var verlengen = in.bool("adviesVerlengen");
                in.check();
                zorgadviezen.addZienswijze(id, verlengen, in.text("toelichting"));
                return "zorgadvies";
            }
            case "hoorzitting" -> {
                var persoon = in.uuid("persoonId");
                var at = in.moment("moment");
                var wijze = in.choice(Hoorzitting.Wijze.class, "wijze");
                in.check();
                verlengingsadvies.hear(id, persoon, at, wijze, in.text("samenvatting"));
                return "verlenging";
            }
            case "beleidsadvies" -> {
                var verlengen = in.bool("adviesVerlengen");
                in.check();
                verlengingsadvies.advise(id, verlengen, in.text("motivering"));
                return "verlenging";
            }
            case "incident" -> {
                var bron = in.choice(nl.huisverbod.incidents.Incident.Bron.class, "bron");
                var datum = in.date("datum");
                var aard = in.choice(nl.huisverbod.incidents.Incident.Aard.class, "aard");
                List<UUID> persons = d.personen().stream().filter(p -> in.checked("persoon." + p.id()))
                        .map(p -> p.id()).toList();
                in.check();
                incidenten.report(id, bron, in.text("nummer"), datum, aard, persons);
                return "incidenten";
            }
            case "strafrecht" -> {
                var input = new StrafrechtstapInput(in.choice(Strafrechtstap.Soort.class, "soort"), in.moment("moment"),
                        in.choice(Strafrechtstap.Uitkomst.class, "uitkomst"), in.date("tot"), in.text("toelichting"));
                in.check();
                strafrecht.record(id, input);
                return "strafrecht";
            }
            default -> throw new NotFoundException("formulier");
        }
    }

    private void taskFields(Dossier d, List<Field> f) {
        List<Option> owners = new ArrayList<>();
        team.coordinatie(d.id()).ifPresent(c -> owners.add(new Option(c.organisationId().toString(), c.organisatie())));
        team.team(d.id()).forEach(h -> {
            if (owners.stream().noneMatch(o -> o.value().equals(h.organisationId().toString()))) {
                owners.add(new Option(h.organisationId().toString(), h.organisatie()));
            }
        });
        for (int i = 0; i < TASK_ROWS; i++) {
            String p = "taken[" + i + "].";
            f.add(of(p + "kop", t("care.f.taak", i + 1), Kind.HEADING));
            f.add(of(p + "omschrijving", t("care.f.omschrijving"), Kind.TEXT));
            f.add(select(p + "eigenaarId", t("care.f.eigenaar"), owners));
            f.add(of(p + "uiterlijk", t("care.f.uiterlijk"), Kind.DATE));
        }
    }

    private static int version(FormValues in) {
        try {
            return Integer.parseInt(in.text("version"));
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of("version", "validation.required");
        }
    }

    private List<Option> persons(Dossier d, Predicate<Persoon> which) {
        return d.personen().stream().filter(which)
                .map(p -> new Option(p.id().toString(), p.naam() + " (" + t("role." + p.rol().name()) + ")")).toList();
    }



}
