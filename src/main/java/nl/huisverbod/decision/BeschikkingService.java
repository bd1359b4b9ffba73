package nl.huisverbod.decision;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.Role;
import nl.huisverbod.reference.DistrictCourts;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.risk.RiskSummary;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.Sha256;
import org.springframework.stereotype.Service;

/** Composes, renders, numbers and stores beschikkingen; renders the leaflets on demand. */
@Service
class BeschikkingService {

    /** The leaflet's languages: Dutch (authoritative) and the translations most needed. */
    static final List<String> LEAFLET_LANGUAGES = List.of("nl", "en", "ar", "tr", "pl");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu",
            java.util.Locale.forLanguageTag("nl-NL"));
    private final PdfRenderer renderer;
    private final BeschikkingRepository repository;
    private final Municipalities municipalities;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    BeschikkingService(PdfRenderer renderer, BeschikkingRepository repository, Municipalities municipalities,
                       org.springframework.context.MessageSource messages, Clock clock) {
        this.messages = messages;
        this.renderer = renderer;
        this.repository = repository;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    Beschikking issue(BeschikkingSoort soort, Huisverbod h, Dossier d, RiskSummary risk, CurrentUser by,
                      String toelichting) {
        return issue(soort, h, d, risk, by, toelichting, null);
    }

    /** {@code grounds}: what an extension rests on (printed in a verlengingsbeschikking), else null. */
    Beschikking issue(BeschikkingSoort soort, Huisverbod h, Dossier d, RiskSummary risk, CurrentUser by,
                      String toelichting, ExtensionGrounds grounds) {
        return issue(soort, h, d, risk, by, toelichting, grounds, null, null);
    }

    /** A herstelbeschikking: the corrected beschikking printed again, headed by what it corrects. */
    Beschikking issueHerstel(Huisverbod h, Dossier d, RiskSummary risk, CurrentUser by, String toelichting,
                             Herstel herstel, Beschikking corrected) {
        return issue(BeschikkingSoort.HERSTEL, h, d, risk, by, toelichting, null, herstel, corrected);
    }

    List<Beschikking> ofHuisverbod(UUID huisverbodId) {
        return repository.ofHuisverbod(huisverbodId);
    }

    /** The text of a stored beschikking as printed, whitespace collapsed: what a correction must quote. */
    String text(UUID beschikkingId) {
        byte[] pdf = repository.pdf(beschikkingId).orElseThrow(() -> new nl.huisverbod.shared.NotFoundException("beschikking"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return HerstelRules.normalise(new org.apache.pdfbox.text.PDFTextStripper().getText(doc));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("archived beschikking unreadable: " + beschikkingId, e);
        }
    }

    private Beschikking issue(BeschikkingSoort soort, Huisverbod h, Dossier d, RiskSummary risk, CurrentUser by,
                              String toelichting, ExtensionGrounds grounds, Herstel herstel, Beschikking corrected) {
        var municipality = municipalities.current(d.gemeenteCode());
        String gemeente = municipality.map(m -> m.name()).orElse(d.gemeenteCode());
        String nummer = repository.nextNummer(d.gemeenteCode(), LegalTime.localDate(clock.instant()).getYear());
        Persoon uhg = d.uithuisgeplaatste();
        // a correction prints the corrected decision again: an extension as an extension, the imposing with its
        // own ten days, however the order ran since
        boolean asExtension = soort == BeschikkingSoort.VERLENGING
                || corrected != null && corrected.soort() == BeschikkingSoort.VERLENGING;
        String end = LegalTime.formatLong(asExtension || soort == BeschikkingSoort.INTREKKING ? h.endsAt()
                : LegalTime.orderEnd(h.imposedAt()));
        String today = DATE.format(LegalTime.local(clock.instant()));
        var inhoud = new BeschikkingInhoud(title(soort),
                nummer, today, gemeente, gemeente + ", " + today, d.nummer() + " / " + nummer,
                municipalities.policy(d.gemeenteCode()).briefhoofd(),
                municipality.flatMap(DistrictCourts::of).orElse("rechtbank"),
                "De burgemeester van " + gemeente + ",",
                uhg.naam(), DATE.format(uhg.geboortedatum()), d.adres().regel() + " (gemeente " + gemeente + ")",
                LegalTime.formatLong(h.imposedAt()), end, h.feiten(),
                risk == null ? List.of() : risk.facts(),
                d.beschermdePersonen().stream().map(p -> p.naam() + " (geboren " + DATE.format(p.geboortedatum()) + ")")
                        .toList(),
                Ondertekening.of(soort, h, by, gemeente),
                servingText(soort, h), toelichting, asExtension, withdrawalText(h),
                grounds == null ? null : ExtensionBasis.of(grounds, h),
                herstel == null ? null : new BeschikkingInhoud.Correction(corrected.nummer(),
                        DATE.format(LegalTime.local(corrected.createdAt())), herstel.vormfout(), herstel.onjuist(),
                        herstel.juist()));
        byte[] pdf = renderer.render(soort == BeschikkingSoort.INTREKKING ? "pdf/intrekking" : "pdf/beschikking",
                Map.of("b", inhoud));
        var beschikking = new Beschikking(UUID.randomUUID(), h.id(), soort, nummer, clock.instant(), toelichting,
                Sha256.hex(pdf), null, herstel);
        repository.insert(beschikking, by.userId(), pdf);
        return beschikking;
    }

    /**
     * The leaflet for the evicted person or those staying behind (Wth 2(8)), in Dutch or a translation of it
     * ({@link #LEAFLET_LANGUAGES}); every one gives 112 and Veilig Thuis's 0800-2000, and a translation says that
     * the Dutch text is authoritative. The texts are in {@code leaflets*.properties}.
     */
    byte[] leaflet(Huisverbod h, boolean forEvicted, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = messages.getMessage("leaflet.date.pattern", null, locale);
        String end = DateTimeFormatter.ofPattern(pattern, locale).format(LegalTime.local(h.endsAt()));
        return renderer.render("pdf/folder", Map.of("taal", language, "einde", end, "voorUithuisgeplaatste", forEvicted),
                locale);
    }

    private static String title(BeschikkingSoort soort) {
        return switch (soort) {
            case OPLEGGING -> "Beschikking tijdelijk huisverbod";
            case HERSTEL -> "Herstelbeschikking tijdelijk huisverbod";
            case VERLENGING -> "Verlengingsbeschikking tijdelijk huisverbod";
            case INTREKKING -> "Besluit tot intrekking van het tijdelijk huisverbod";
        };
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

    private static String servingText(BeschikkingSoort soort, Huisverbod h) {
        if (soort != BeschikkingSoort.OPLEGGING) {
            // a later decision is served on its own, on each party, and recorded as such (Wth 2(7), Awb 3:41)
            return "Deze beschikking wordt bekendgemaakt door uitreiking of toezending aan de uithuisgeplaatste en aan "
                    + "de achterblijvers (artikel 3:41 Algemene wet bestuursrecht).";
        }
        if (h.mondeling()) {
            return "Het huisverbod is op " + LegalTime.formatLong(h.imposedAt()) + " mondeling opgelegd (artikel 2, "
                    + "zevende lid); deze beschikking legt het schriftelijk vast.";
        }
        // the beschikking is made before it is served: it says how it is made known, not a moment yet to come
        if (h.servingMethod() == Uitreiking.GEDEPONEERD) {
            return "Omdat de verblijfplaats van de uithuisgeplaatste onbekend is, wordt deze beschikking gedeponeerd "
                    + "ter gemeentesecretarie (artikel 2, zevende lid).";
        }
        return "Deze beschikking wordt aan de uithuisgeplaatste in persoon uitgereikt (artikel 2, zevende lid).";
    }
}
