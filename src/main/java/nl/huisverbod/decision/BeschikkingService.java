package nl.huisverbod.decision;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.risk.RiskSummary;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Sha256;
import org.springframework.stereotype.Service;

/** Composes, renders, numbers and stores beschikkingen; renders the leaflets on demand. */
@Service
class BeschikkingService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu",
            java.util.Locale.forLanguageTag("nl-NL"));
    private final PdfRenderer renderer;
    private final BeschikkingRepository repository;
    private final Municipalities municipalities;
    private final Clock clock;

    BeschikkingService(PdfRenderer renderer, BeschikkingRepository repository, Municipalities municipalities,
                       Clock clock) {
        this.renderer = renderer;
        this.repository = repository;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    Beschikking issue(BeschikkingSoort soort, Huisverbod h, Dossier d, RiskSummary risk, CurrentUser by,
                      String toelichting) {
        String gemeente = municipalities.current(d.gemeenteCode()).map(m -> m.name()).orElse(d.gemeenteCode());
        String nummer = repository.nextNummer(d.gemeenteCode(), LegalTime.localDate(clock.instant()).getYear());
        Persoon uhg = d.uithuisgeplaatste();
        boolean mandated = h.decidedByRole() == Role.HOVJ;
        var inhoud = new BeschikkingInhoud(title(soort),
                nummer, DATE.format(LegalTime.local(clock.instant())), gemeente,
                "De burgemeester van " + gemeente + ",",
                mandated && soort != BeschikkingSoort.VERLENGING && soort != BeschikkingSoort.INTREKKING
                        ? "namens deze: " + h.decidedByName() + ", hulpofficier van justitie, krachtens mandaat van de "
                        + "burgemeester (artikel 3 Wet tijdelijk huisverbod)" : null,
                uhg.naam(), DATE.format(uhg.geboortedatum()), d.adres().regel() + " (gemeente " + gemeente + ")",
                LegalTime.formatLong(h.imposedAt()), LegalTime.formatLong(h.endsAt()), h.feiten(),
                risk == null ? List.of() : risk.facts(),
                d.beschermdePersonen().stream().map(p -> p.naam() + " (geboren " + DATE.format(p.geboortedatum()) + ")")
                        .toList(),
                signature(soort, h, by, mandated),
                servingText(h), toelichting, soort == BeschikkingSoort.VERLENGING, withdrawalText(h));
        byte[] pdf = renderer.render(soort == BeschikkingSoort.INTREKKING ? "pdf/intrekking" : "pdf/beschikking",
                Map.of("b", inhoud));
        var beschikking = new Beschikking(UUID.randomUUID(), h.id(), soort, nummer, clock.instant(), toelichting,
                Sha256.hex(pdf), null);
        repository.insert(beschikking, by.userId(), pdf);
        return beschikking;
    }

    byte[] leaflet(Huisverbod h, boolean forEvicted) {
        return renderer.render("pdf/folder", Map.of(
                "titel", forEvicted ? "U heeft een huisverbod gekregen. Wat nu?" : "Er is een huisverbod. Wat nu?",
                "einde", LegalTime.formatLong(h.endsAt()), "voorUithuisgeplaatste", forEvicted));
    }

    private static String title(BeschikkingSoort soort) {
        return switch (soort) {
            case OPLEGGING -> "Beschikking tijdelijk huisverbod";
            case HERSTEL -> "Herstelbeschikking tijdelijk huisverbod";
            case VERLENGING -> "Verlengingsbeschikking tijdelijk huisverbod";
            case INTREKKING -> "Besluit tot intrekking van het tijdelijk huisverbod";
        };
    }

    /** Extension and withdrawal are the mayor's own decisions (Wth 3: they cannot be mandated). */
    private static String signature(BeschikkingSoort soort, Huisverbod h, CurrentUser by, boolean mandated) {
        if (soort == BeschikkingSoort.VERLENGING || soort == BeschikkingSoort.INTREKKING) {
            return "De burgemeester, " + by.displayName();
        }
        return (mandated ? "Namens de burgemeester, " : "De burgemeester, ") + h.decidedByName();
    }

    private static String withdrawalText(Huisverbod h) {
        if (h.withdrawalReason() == null) {
            return null;
        }
        String reason = switch (h.withdrawalReason()) {
            // each completes "De burgemeester trekt het huisverbod in omdat ...": a subordinate clause, verb last
            case HULP_AANVAARD -> "de uithuisgeplaatste hulp heeft aanvaard, de hulpverlening dat heeft bevestigd en hij of "
                    + "zij de hulpverlening aan de huisgenoten niet zal belemmeren (artikel 2, negende lid)";
            case VEILIGHEIDSAFSPRAKEN -> "er veiligheidsafspraken zijn gemaakt die het gevaar voldoende wegnemen";
            case NIET_HOUDBAAR -> "het huisverbod bij de rechter naar verwachting geen stand zal houden";
            case ANDERS -> "daar de volgende reden voor is";
        };
        return reason + (h.withdrawalExplanation() == null ? "" : ". " + h.withdrawalExplanation());
    }

    private static String servingText(Huisverbod h) {
        if (h.mondeling()) {
            return "Het huisverbod is op " + LegalTime.formatLong(h.imposedAt()) + " mondeling opgelegd (artikel 2, "
                    + "zevende lid); deze beschikking legt het schriftelijk vast.";
        }
        if (h.servingMethod() == Uitreiking.GEDEPONEERD) {
            return "Omdat de verblijfplaats onbekend is, is deze beschikking gedeponeerd ter gemeentesecretarie "
                    + "(artikel 2, zevende lid).";
        }
        return "Deze beschikking is op " + LegalTime.formatLong(h.imposedAt()) + " in persoon uitgereikt.";
    }
}
