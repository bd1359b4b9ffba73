package nl.huisverbod.demo;

import java.time.Instant;
import nl.huisverbod.care.Contact;
import nl.huisverbod.care.ContactInput;
import nl.huisverbod.care.Contacten;
import nl.huisverbod.care.Functie;
import nl.huisverbod.care.Hulpteam;
import nl.huisverbod.care.Opvang;
import nl.huisverbod.care.PlanVanAanpak;
import nl.huisverbod.care.PlannenVanAanpak;
import nl.huisverbod.care.VeiligheidsplanInput;
import nl.huisverbod.care.Veiligheidsplannen;
import nl.huisverbod.care.Zorgoverleggen;
import nl.huisverbod.dossier.PartnerSoort;
import nl.huisverbod.identity.Users;
import nl.huisverbod.shared.LegalTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.decision.Besluit;
import nl.huisverbod.decision.Besluiten;
import nl.huisverbod.decision.ExtensionCommand;
import nl.huisverbod.decision.Hoorzitting;
import nl.huisverbod.decision.Verlengingsadvies;
import nl.huisverbod.decision.DecisionCommand;
import nl.huisverbod.decision.RedenNietOpleggen;
import nl.huisverbod.decision.Uitreiking;
import nl.huisverbod.dossier.CriteriaCommand;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.EntryRoute;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.dossier.PersoonInput;
import nl.huisverbod.dossier.RegistrationCommand;
import nl.huisverbod.dossier.Relatie;
import nl.huisverbod.enforcement.Overtreding;
import nl.huisverbod.enforcement.OvertredingMelding;
import nl.huisverbod.enforcement.Overtredingen;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.risk.Answer;
import nl.huisverbod.risk.AssessmentInput;
import nl.huisverbod.risk.FactSource;
import nl.huisverbod.risk.InstrumentDefinition;
import nl.huisverbod.risk.Rating;
import nl.huisverbod.risk.Risicotaxatie;
import nl.huisverbod.risk.Risicotaxaties;
import org.springframework.stereotype.Component;

/**
 * Fictitious cases in several states, made through the same services the users use (so they pass every
 * rule and leave an audit trail). Names, addresses and BSNs are invented.
 */
@Component
class DemoCases {

    private final RunAs runAs;
    private final Dossiers dossiers;
    private final Risicotaxaties risk;
    private final Besluiten besluiten;
    private final Verlengingsadvies verlengingsadvies;
    private final DemoOrganisations orgs;
    private final Overtredingen overtredingen;
    private final Hulpteam hulpteam;
    private final Contacten contacten;
    private final Veiligheidsplannen veiligheidsplannen;
    private final PlannenVanAanpak plannen;
    private final Zorgoverleggen overleggen;
    private final Opvang opvang;
    private final Users users;
    private final Clock clock;

    DemoCases(RunAs runAs, Dossiers dossiers, Risicotaxaties risk, Besluiten besluiten,
              Verlengingsadvies verlengingsadvies, DemoOrganisations orgs,
              Overtredingen overtredingen, Hulpteam hulpteam, Contacten contacten, Veiligheidsplannen veiligheidsplannen,
              PlannenVanAanpak plannen, Zorgoverleggen overleggen, Opvang opvang, Users users, Clock clock) {
        this.hulpteam = hulpteam;
        this.contacten = contacten;
        this.veiligheidsplannen = veiligheidsplannen;
        this.plannen = plannen;
        this.overleggen = overleggen;
        this.opvang = opvang;
        this.users = users;
        this.runAs = runAs;
        this.dossiers = dossiers;
        this.risk = risk;
        this.besluiten = besluiten;
        this.verlengingsadvies = verlengingsadvies;
        this.orgs = orgs;
        this.overtredingen = overtredingen;
        this.clock = clock;
    }

    void create() {
        runAs.run("hovj", () -> register("Kerkstraat", "3", "9401 AB", "Assen", "GM0106", "Ruben", "Kok", "Lisa", false));
        runAs.run("hovj", () -> assessed(register("Torenlaan", "18", "9402 CD", "Assen", "GM0106", "Dennis", "Vos",
                "Naima", true), false));
        UUID imposed = runAs.call("hovj", () -> {
            Dossier d = assessed(register("Molenstraat", "7", "9401 EF", "Assen", "GM0106", "Mark", "Hoekstra",
                    "Sophie", true), false);
            // said orally at the scene at night, recorded and served in writing once back at the station (Wth 2(7))
            besluiten.decide(d.id(), null, new DecisionCommand(Besluit.OPLEGGEN,
                    clock.instant().minus(Duration.ofHours(5)), Uitreiking.MONDELING,
                    "Melding via 112 na ernstige mishandeling van de partner in aanwezigheid van de kinderen; "
                            + "eerdere meldingen van huiselijk geweld op dit adres; bedreiging met een mes.",
                    null, null, null, "Ter plaatse mondeling opgelegd; vastgelegd na terugkomst op het bureau."));
            var order = besluiten.forDossier(d.id()).orElseThrow();
            besluiten.recordServing(d.id(), order.version(), Uitreiking.IN_PERSOON,
                    clock.instant().minus(Duration.ofHours(4)));
            return d.id();
        });
        helpStarted(imposed);
        // a breach reported by the police, and the mayor's extension to the four-week maximum (Wth 9, 11)
        runAs.run("agent", () -> overtredingen.report(imposed, new OvertredingMelding(
                clock.instant().minus(Duration.ofHours(2)), Overtreding.Vorm.AANWEZIG_BIJ_WONING,
                Overtreding.Melder.ACHTERBLIJVER, false, "Stond om 22:00 aan de deur en belde aan; vertrok bij komst politie.",
                true, false)));
        // the municipality heard him by phone; the mayor extends at once on the breach, before the advices
        // (Awb 4:8, 4:11), and says why she does not wait for them
        runAs.run("jurist.assen", () -> verlengingsadvies.hear(imposed, dossiers.unchecked(imposed).uithuisgeplaatste().id(),
                clock.instant().minus(Duration.ofHours(1)), Hoorzitting.Wijze.TELEFONISCH,
                "Ontkent de overtreding; wil terug naar huis; geeft aan bij zijn broer te verblijven."));
        runAs.run("burgemeester.assen", () -> {
            var order = besluiten.forDossier(imposed).orElseThrow();
            besluiten.extend(imposed, order.version(), new ExtensionCommand(
                    nl.huisverbod.shared.LegalTime.extensionMaximum(order.imposedAt()),
                    "Overtreding op dag 1; hulp aan de uithuisgeplaatste nog niet gestart; achterblijver zeer angstig.",
                    null, "De overtreding op dag 1 laat geen ruimte om het zorgadvies van dag 8 af te wachten.",
                    "Het beleidsadvies volgt op het zorgadvies; om dezelfde reden is daarop niet gewacht."));
        });
        runAs.run("hovj", () -> {
            Dossier d = assessed(register("Markt", "21", "7811 AA", "Emmen", "GM0114", "Thomas", "Meijer", "Eva",
                    false), false);
            besluiten.decide(d.id(), null, new DecisionCommand(Besluit.OPLEGGEN, null, Uitreiking.IN_PERSOON,
                    "Partner bedreigd en geslagen; verdachte blijft dreigen terug te komen.", null, null, null));
        });
        UUID hoogeveen = runAs.call("hovj", () -> assessed(register("Hoofdstraat", "40", "7901 JA", "Hoogeveen",
                "GM0118", "Kees", "Dijkstra", "Anna", false), true).id());
        runAs.run("burgemeester.hoogeveen", () -> besluiten.decide(hoogeveen, null, new DecisionCommand(
                Besluit.NIET_OPLEGGEN, null, null, null, null, RedenNietOpleggen.NIET_NODIG,
                "Betrokkene verblijft vrijwillig bij familie en heeft hulp aanvaard.")));
    }

    /**
     * Veilig Thuis accepted the file and formed the team; the first contacts, the safety plan, the first plan
     * and shelter are recorded, and the first care meeting is planned for tomorrow morning.
     */
    private void helpStarted(UUID id) {
        Instant now = clock.instant();
        runAs.run("vt.drenthe", () -> {
            hulpteam.accept(id);
            UUID vt = orgs.one(OrganisationType.VEILIG_THUIS, "Drenthe").id();
            hulpteam.assign(id, Functie.ACHTERBLIJVERS, null, vt, users.findByUsername("vt.hulpverlener").orElseThrow().id());
            hulpteam.assign(id, Functie.UITHUISGEPLAATSTE, null, org("Reclassering Noord"),
                    users.findByUsername("reclassering").orElseThrow().id());
            hulpteam.assign(id, Functie.GEZINSMANAGER, null, org("Jeugdbescherming Noord"),
                    users.findByUsername("jeugd").orElseThrow().id());
            hulpteam.assign(id, Functie.PARTNER, PartnerSoort.AMW, org("Algemeen Maatschappelijk Werk Drenthe"), null);
            hulpteam.assign(id, Functie.PARTNER, PartnerSoort.OPVANG, org("Crisisopvang Drenthe"), null);
            Dossier d = dossiers.unchecked(id);
            UUID partner = d.personen().stream().filter(p -> p.rol() == PersonRole.ACHTERBLIJVER).findFirst().orElseThrow().id();
            contacten.record(id, new ContactInput(partner, null, Contact.Kanaal.TELEFOON, true,
                    now.minusSeconds(60), "Eerste contact; huisbezoek vanmiddag afgesproken."));
            veiligheidsplannen.save(id, new VeiligheidsplanInput(null,
                    "Bij oplopende spanning verlaat Mark de situatie en belt zijn broer.",
                    "1. broer bellen 2. Veilig Thuis bellen 3. 112", "Mark in de crisisopvang; Sophie en Sem thuis.",
                    "Geen contact; omgang met Sem alleen begeleid.", "Sem weet wie hij kan bellen; school is ingelicht.",
                    "Broer van Mark helpt bij time-out."));
            plannen.save(id, PlanVanAanpak.Soort.EERSTE, null, "Veiligheid herstellen; hulp voor beide ouders en Sem starten.",
                    "Dagelijks contact met Sophie tot het eerste zorgoverleg.", List.of());
            overleggen.plan(id, LegalTime.local(now).toLocalDate().plusDays(1).atTime(10, 0)
                    .atZone(LegalTime.ZONE).toInstant(), "Kennismaking, risico's, taakverdeling, veiligheidsplan");
        });
        runAs.run("opvang", () -> {
            Dossier d = dossiers.unchecked(id);
            UUID evicted = d.personen().stream().filter(p -> p.rol() == PersonRole.UITHUISGEPLAATSTE).findFirst()
                    .orElseThrow().id();
            opvang.place(id, evicted, "Crisisopvang Assen", true, LegalTime.localDate(now), null);
        });
    }

    private UUID org(String name) {
        return orgs.named(OrganisationType.ZORGAANBIEDER, name).id();
    }

    private Dossier register(String straat, String nr, String postcode, String plaats, String gemeente,
                             String uhgVoornaam, String achternaam, String partner, boolean withChild) {
        LocalDate today = LocalDate.now(clock);
        var persons = new java.util.ArrayList<PersoonInput>(List.of(
                new PersoonInput(PersonRole.UITHUISGEPLAATSTE, uhgVoornaam, achternaam, today.minusYears(38).minusDays(40),
                        null, Relatie.ZELF),
                new PersoonInput(PersonRole.ACHTERBLIJVER, partner, achternaam, today.minusYears(35).minusDays(100),
                        null, Relatie.PARTNER)));
        if (withChild) {
            persons.add(new PersoonInput(PersonRole.KIND, "Sem", achternaam, today.minusYears(7).minusDays(12), null,
                    Relatie.KIND));
        }
        return dossiers.register(new RegistrationCommand(EntryRoute.POLITIE_INCIDENT,
                "2026" + Math.abs(straat.hashCode() % 100000), withChild, straat, nr, postcode, plaats, gemeente, null, persons));
    }

    /** Checks the criteria and makes a final RiHG: part B with three red signals, or none when {@code mild}. */
    private Dossier assessed(Dossier d, boolean mild) {
        dossiers.recordCriteria(d.id(), d.version(), new CriteriaCommand(true,
                "Geboortedatum geverifieerd in de BRP.", true, "Woont sinds 2019 op het adres.", true,
                "Ernstig geweld tijdens het incident; slachtoffer zeer angstig."));
        InstrumentDefinition instrument = risk.currentInstrument();
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, FactSource> sources = new LinkedHashMap<>();
        Map<String, Rating> ratings = new LinkedHashMap<>();
        List<String> red = mild ? List.of() : List.of("B1", "B3", "B6");
        for (InstrumentDefinition.Signal s : instrument.signals()) {
            boolean isRed = red.contains(s.code());
            ratings.put(s.code(), isRed ? Rating.ROOD : (s.code().startsWith("B") ? Rating.BLAUW : Rating.GEEL));
            for (InstrumentDefinition.Item item : s.items()) {
                answers.put(item.code(), isRed ? Answer.JA : Answer.NEE);
                sources.put(item.code(), s.code().startsWith("A") ? FactSource.POLITIEREGISTRATIE
                        : FactSource.VERHOOR_ACHTERBLIJVER);
            }
        }
        Risicotaxatie r = risk.saveDraft(d.id(), null, new AssessmentInput(answers, sources, ratings, false));
        risk.finalise(d.id(), r.version());
        return d;
    }
}
