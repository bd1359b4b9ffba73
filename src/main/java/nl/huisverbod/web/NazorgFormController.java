package nl.huisverbod.web;

import static nl.huisverbod.web.WebForm.Field.of;
import static nl.huisverbod.web.WebForm.Field.select;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.followup.Afsluiting;
import nl.huisverbod.followup.Leefgebied;
import nl.huisverbod.followup.Monitoring;
import nl.huisverbod.followup.Probleeminventaris;
import nl.huisverbod.followup.Probleeminventarissen;
import nl.huisverbod.followup.Programmas;
import nl.huisverbod.followup.Tijdregistratie;
import nl.huisverbod.followup.Uitkomstcodering;
import nl.huisverbod.followup.Verwijzing;
import nl.huisverbod.followup.VerwijzingInput;
import nl.huisverbod.followup.Verwijzingen;
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
 * The forms of the follow-up, one per page like the help file's: a referral and its steps, the problem
 * inventory, time spent, a monitoring contact, the monitoring report and the outcome coding at closing.
 */
@Controller
class NazorgFormController extends OneFormPerPage {

    private final Programmas programmas;
    private final Verwijzingen verwijzingen;
    private final Probleeminventarissen inventarissen;
    private final Tijdregistratie tijd;
    private final Monitoring monitoring;
    private final Afsluiting afsluiting;
    private final java.time.Clock clock;

    NazorgFormController(Dossiers dossiers, Programmas programmas, Verwijzingen verwijzingen,
                         Probleeminventarissen inventarissen, Tijdregistratie tijd, Monitoring monitoring,
                         Afsluiting afsluiting, Messages messages, java.time.Clock clock) {
        super(dossiers, messages);
        this.programmas = programmas;
        this.verwijzingen = verwijzingen;
        this.inventarissen = inventarissen;
        this.tijd = tijd;
        this.monitoring = monitoring;
        this.afsluiting = afsluiting;
        this.clock = clock;
    }

    @GetMapping({"/dossiers/{id}/nazorg/{actie}", "/dossiers/{id}/nazorg/{actie}/{sub}"})
    String show(@PathVariable UUID id, @PathVariable String actie, @PathVariable(required = false) String sub, Model model) {
        return super.show(id, actie, sub, model);
    }

    @PostMapping({"/dossiers/{id}/nazorg/{actie}", "/dossiers/{id}/nazorg/{actie}/{sub}"})
    String submit(@PathVariable UUID id, @PathVariable String actie, @PathVariable(required = false) String sub,
                  @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        return super.submit(id, actie, sub, params, model, response);
    }

    /** Every follow-up form is about the follow-up part of the case. */
    @Override
    Onderdeel partOf(String actie) {
        return Onderdeel.NAZORG;
    }

    @Override
    WebForm form(Dossier d, String actie, String sub) {
        String action = "/dossiers/" + d.id() + "/nazorg/" + actie + (sub == null ? "" : "/" + sub);
        List<Field> f = new ArrayList<>();
        String intro = null;
        switch (actie) {
            case "verwijzing" -> {
                intro = t("followup.referral.intro");
                f.add(of("version", "", Kind.HIDDEN));
                if (sub != null && !verwijzingen.magAanbodWijzigen(d.id())) {
                    // a partner records the steps; the offer itself stays as the team made it
                    intro = t("followup.referral.partnerIntro");
                    f.add(of("persoonId", "", Kind.HIDDEN));
                    f.add(of("programma", "", Kind.HIDDEN));
                    f.add(of("aangebodenOp", "", Kind.HIDDEN));
                } else {
                    f.add(select("persoonId", t("care.f.persoon"), d.personen().stream()
                            .filter(p -> p.rol() != PersonRole.HUISGENOOT)
                            .map(p -> new Option(p.id().toString(), p.naam() + " (" + t("role." + p.rol()) + ")")).toList()));
                    f.add(select("programma", t("followup.f.programma"), programmas.all().stream()
                            .map(p -> new Option(p.code(), p.naam())).toList()));
                    f.add(of("aangebodenOp", t("followup.f.aangebodenOp"), Kind.DATE));
                }
                f.add(of("geaccepteerdOp", t("followup.f.geaccepteerdOp"), Kind.DATE));
                f.add(of("gestartOp", t("followup.f.gestartOp"), Kind.DATE));
                f.add(of("afgerondOp", t("followup.f.afgerondOp"), Kind.DATE));
                f.add(of("startVerwacht", t("followup.f.startVerwacht"), Kind.CHECKBOX));
                f.add(of("warmeOverdracht", t("followup.f.warmeOverdracht"), Kind.CHECKBOX));
                f.add(select("medewerking", t("followup.f.medewerking"), List.of(1, 2, 3, 4, 5).stream()
                        .map(n -> new Option(n.toString(), t("followup.score." + n))).toList()));
                f.add(select("uitvalStap", t("followup.f.uitvalStap"), Arrays.stream(Verwijzing.Stap.values())
                        .map(s -> new Option(s.name(), t("followup.stap." + s.name()))).toList()));
                f.add(of("uitvalReden", t("followup.f.uitvalReden"), Kind.TEXTAREA));
            }
            case "inventaris" -> {
                intro = t("followup.inventory.intro");
                f.add(of("version", "", Kind.HIDDEN));
                List<Option> scores = List.of(0, 1, 2, 3).stream()
                        .map(n -> new Option(n.toString(), t("followup.problem." + n))).toList();
                for (Leefgebied l : Leefgebied.values()) {
                    f.add(select("scores." + l.name(), t("followup.leefgebied." + l.name()), scores));
                }
            }
            case "tijd" -> {
                f.add(of("datum", t("followup.f.datum"), Kind.DATE));
                f.add(select("soort", t("followup.f.soort"), Arrays.stream(Tijdregistratie.Soort.values())
                        .map(s -> new Option(s.name(), t("followup.tijd." + s.name()))).toList()));
                f.add(of("minuten", t("followup.f.minuten"), Kind.NUMBER));
                f.add(of("reistijd", t("followup.f.reistijd"), Kind.NUMBER));
            }
            case "monitoring" -> {
                f.add(of("moment", t("care.f.moment"), Kind.DATETIME));
                f.add(of("bereikt", t("care.f.bereikt"), Kind.YESNO));
                f.add(select("situatie", t("followup.f.situatie"), Arrays.stream(Monitoring.Situatie.values())
                        .map(s -> new Option(s.name(), t("followup.situatie." + s.name()))).toList()));
                f.add(of("nieuwGeweld", t("followup.f.nieuwGeweld"), Kind.YESNO));
                f.add(of("notitie", t("care.f.notitie"), Kind.TEXTAREA));
            }
            case "rapport" -> f.add(of("tekst", t("followup.f.rapport"), Kind.TEXTAREA));
            case "afsluiting" -> {
                intro = t("followup.close.intro");
                f.add(select("geweldstype", t("followup.f.geweldstype"), options(Uitkomstcodering.Geweldstype.values())));
                f.add(of("aard", t("followup.f.aard"), Kind.HEADING));
                for (Uitkomstcodering.Aard a : Uitkomstcodering.Aard.values()) {
                    f.add(of("aard." + a.name(), t("followup.value." + a.name()), Kind.CHECKBOX));
                }
                f.add(select("kindermishandeling", t("followup.f.kindermishandeling"),
                        options(Uitkomstcodering.Kindermishandeling.values())));
                f.add(select("ernst", t("followup.f.ernst"), options(Uitkomstcodering.Ernst.values())));
                for (String name : List.of("intiemTerrorisme", "eerderHuisverbod", "bekendBijVtOfPolitie",
                        "huishoudenVeranderd", "partnersUitElkaar")) {
                    f.add(select(name, t("followup.f." + name), options(Uitkomstcodering.JaNeeOnbekend.values())));
                }
                f.add(select("steunendNetwerk", t("followup.f.steunendNetwerk"), options(Uitkomstcodering.Netwerk.values())));
                f.add(select("dreigingAfgenomen", t("followup.f.dreigingAfgenomen"),
                        options(Uitkomstcodering.Dreiging.values())));
                for (String name : List.of("hulpGestartIemand", "hulpGestartAchterblijvers", "hulpGestartUithuisgeplaatste")) {
                    f.add(select(name, t("followup.f." + name), options(Uitkomstcodering.HulpGestart.values())));
                }
            }
            default -> throw new NotFoundException("formulier");
        }
        return new WebForm(t("followup.form." + actie), intro, action, t("care.form.save"), f);
    }

    @Override
    Map<String, String> prefill(Dossier d, String actie, String sub) {
        Map<String, String> v = new HashMap<>();
        String today = LegalTime.localDate(clock.instant()).toString();
        switch (actie) {
            case "verwijzing" -> {
                v.put("aangebodenOp", today);
                if (sub != null) {
                    verwijzingen.list(d.id()).stream().filter(x -> x.id().toString().equals(sub)).findFirst()
                            .ifPresentOrElse(x -> {
                                v.put("version", Integer.toString(x.version()));
                                v.put("persoonId", x.persoonId().toString());
                                v.put("programma", x.programma());
                                put(v, "aangebodenOp", x.aangebodenOp());
                                put(v, "geaccepteerdOp", x.geaccepteerdOp());
                                put(v, "gestartOp", x.gestartOp());
                                put(v, "afgerondOp", x.afgerondOp());
                                v.put("startVerwacht", Boolean.toString(x.startVerwacht()));
                                v.put("warmeOverdracht", Boolean.toString(x.warmeOverdracht()));
                                put(v, "medewerking", x.medewerking());
                                put(v, "uitvalStap", x.uitvalStap());
                                put(v, "uitvalReden", x.uitvalReden());
                            }, () -> {
                                throw new NotFoundException("verwijzing");
                            });
                }
            }
            case "inventaris" -> inventarissen.list(d.id()).stream()
                    .filter(x -> sub != null && sub.equals(x.persoonId() + "-" + x.moment())).findFirst()
                    .ifPresent(x -> {
                        v.put("version", Integer.toString(x.version()));
                        x.scores().forEach((l, s) -> v.put("scores." + l.name(), Integer.toString(s)));
                    });
            case "tijd" -> v.put("datum", today);
            case "monitoring" -> v.put("moment",
                    LocalDateTime.ofInstant(clock.instant(), LegalTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString());
            default -> { }
        }
        return v;
    }

    @Override
    String save(Dossier d, String actie, String sub, FormValues in) {
        saveAction(d, actie, sub, in);
        return "/dossiers/" + d.id() + "/hulp?saved#nazorg";
    }

    private void saveAction(Dossier d, String actie, String sub, FormValues in) {
        UUID id = d.id();
        switch (actie) {
            case "verwijzing" -> {
                var input = new VerwijzingInput(in.text("version") == null ? null : Integer.valueOf(in.text("version")),
                        in.uuid("persoonId"), in.text("programma"), in.date("aangebodenOp"), in.date("geaccepteerdOp"),
                        in.date("gestartOp"), in.date("afgerondOp"), in.checked("startVerwacht"),
                        in.checked("warmeOverdracht"), number(in, "medewerking"),
                        in.choice(Verwijzing.Stap.class, "uitvalStap"), in.text("uitvalReden"));
                in.check();
                verwijzingen.save(id, sub == null ? null : UUID.fromString(sub), input);
            }
            case "inventaris" -> {
                if (sub == null || sub.length() < 38) {
                    throw new NotFoundException("inventaris");
                }
                UUID persoon = UUID.fromString(sub.substring(0, 36));
                var moment = Probleeminventaris.Moment.valueOf(sub.substring(37));
                Map<Leefgebied, Integer> scores = new EnumMap<>(Leefgebied.class);
                for (Leefgebied l : Leefgebied.values()) {
                    Integer s = number(in, "scores." + l.name());
                    if (s != null) {
                        scores.put(l, s);
                    }
                }
                Integer version = number(in, "version");
                in.check();
                inventarissen.save(id, persoon, moment, version, scores);
            }
            case "tijd" -> {
                var datum = in.date("datum");
                var soort = in.choice(Tijdregistratie.Soort.class, "soort");
                Integer minuten = number(in, "minuten");
                Integer reistijd = number(in, "reistijd");
                in.check();
                tijd.record(id, datum, soort, minuten, reistijd);
            }
            case "monitoring" -> {
                var moment = in.moment("moment");
                var bereikt = in.bool("bereikt");
                var situatie = in.choice(Monitoring.Situatie.class, "situatie");
                var nieuw = in.bool("nieuwGeweld");
                in.check();
                monitoring.contact(id, moment, bereikt, situatie, nieuw, in.text("notitie"));
            }
            case "rapport" -> monitoring.report(id, in.text("tekst"));
            case "afsluiting" -> {
                var aard = EnumSet.noneOf(Uitkomstcodering.Aard.class);
                for (Uitkomstcodering.Aard a : Uitkomstcodering.Aard.values()) {
                    if (in.checked("aard." + a.name())) {
                        aard.add(a);
                    }
                }
                var u = new Uitkomstcodering(in.choice(Uitkomstcodering.Geweldstype.class, "geweldstype"), aard,
                        in.choice(Uitkomstcodering.Kindermishandeling.class, "kindermishandeling"),
                        in.choice(Uitkomstcodering.Ernst.class, "ernst"),
                        in.choice(Uitkomstcodering.JaNeeOnbekend.class, "intiemTerrorisme"),
                        in.choice(Uitkomstcodering.Netwerk.class, "steunendNetwerk"),
                        in.choice(Uitkomstcodering.JaNeeOnbekend.class, "eerderHuisverbod"),
                        in.choice(Uitkomstcodering.JaNeeOnbekend.class, "bekendBijVtOfPolitie"),
                        in.choice(Uitkomstcodering.Dreiging.class, "dreigingAfgenomen"),
                        in.choice(Uitkomstcodering.HulpGestart.class, "hulpGestartIemand"),
                        in.choice(Uitkomstcodering.HulpGestart.class, "hulpGestartAchterblijvers"),
                        in.choice(Uitkomstcodering.HulpGestart.class, "hulpGestartUithuisgeplaatste"),
                        in.choice(Uitkomstcodering.JaNeeOnbekend.class, "huishoudenVeranderd"),
                        in.choice(Uitkomstcodering.JaNeeOnbekend.class, "partnersUitElkaar"));
                in.check();
                afsluiting.close(id, u);
            }
            default -> throw new NotFoundException("formulier");
        }
    }

    private static Integer number(FormValues in, String name) {
        String v = in.text(name);
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "validation.invalidFormat");
        }
    }

    private <E extends Enum<E>> List<Option> options(E[] values) {
        return options(values, "followup.value.");
    }


}
