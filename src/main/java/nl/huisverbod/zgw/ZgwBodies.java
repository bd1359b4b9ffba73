package nl.huisverbod.zgw;

import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.huisverbod.decision.Beschikking;
import nl.huisverbod.decision.BeschikkingSoort;
import nl.huisverbod.decision.Huisverbod;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.platform.Messages;
import nl.huisverbod.retention.Bewaartermijnen;
import nl.huisverbod.shared.LegalTime;
import org.springframework.stereotype.Component;

/**
 * The request bodies of the ZGW resources the product writes (Zaken API 1.5 zaak and status, Documenten API
 * 1.4 enkelvoudiginformatieobject, Besluiten API 1.0 besluit), from the case, the order and its beschikkingen;
 * the texts in Dutch from the message files.
 */
@Component
class ZgwBodies {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final Messages messages;

    ZgwBodies(Messages messages) {
        this.messages = messages;
    }

    Map<String, Object> zaak(ZgwLink link, Dossier d, Huisverbod h) {
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("identificatie", d.nummer());
        z.put("bronorganisatie", link.rsin());
        z.put("omschrijving", text("zgw.zaak.omschrijving"));
        z.put("zaaktype", link.zaaktype());
        z.put("verantwoordelijkeOrganisatie", link.rsin());
        z.put("registratiedatum", LegalTime.localDate(d.registeredAt()).toString());
        z.put("startdatum", LegalTime.localDate(h.imposedAt()).toString());
        z.put("uiterlijkeEinddatumAfdoening", LegalTime.localDate(LegalTime.orderEnd(h.imposedAt())).toString());
        z.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        z.put("archiefnominatie", "vernietigen");
        z.put("archiefactiedatum", LegalTime.localDate(h.imposedAt()).plus(Bewaartermijnen.WTH_10).toString());
        return z;
    }

    Map<String, Object> status(String zaak, String statustype, java.time.Instant at, String toelichting) {
        return Map.of("zaak", zaak, "statustype", statustype, "datumStatusGezet", at.toString(),
                "statustoelichting", text(toelichting));
    }

    /** {@code pdf}: the archived beschikking, read by the caller (authorised and audited). */
    Map<String, Object> document(ZgwLink link, Beschikking b, String gemeente, byte[] pdf) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("identificatie", b.nummer());
        doc.put("bronorganisatie", link.rsin());
        doc.put("creatiedatum", LegalTime.localDate(b.createdAt()).toString());
        doc.put("titel", title(b));
        doc.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        doc.put("auteur", text("zgw.document.auteur", gemeente));
        doc.put("status", "definitief");
        doc.put("formaat", "application/pdf");
        doc.put("taal", "dut");
        doc.put("bestandsnaam", b.nummer().replaceAll("[^A-Za-z0-9-]", "-") + ".pdf");
        doc.put("inhoud", Base64.getEncoder().encodeToString(pdf));
        doc.put("bestandsomvang", pdf.length);
        doc.put("indicatieGebruiksrecht", false);
        doc.put("informatieobjecttype", link.informatieobjecttype());
        doc.put("integriteit", Map.of("algoritme", "sha_256", "waarde", b.sha256(),
                "datum", LegalTime.localDate(b.createdAt()).toString()));
        return doc;
    }

    Map<String, Object> besluit(ZgwLink link, String zaak, Huisverbod h, Beschikking b, String gemeente) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("identificatie", b.nummer());
        m.put("verantwoordelijkeOrganisatie", link.rsin());
        m.put("zaak", zaak);
        m.put("bestuursorgaan", text("zgw.besluit.bestuursorgaan", gemeente));
        LocalDate decided = LegalTime.localDate(b.createdAt());
        switch (b.soort()) {
            case OPLEGGING, HERSTEL -> {
                m.put("besluittype", link.besluittypeOplegging());
                m.put("datum", (b.soort() == BeschikkingSoort.OPLEGGING ? LegalTime.localDate(h.imposedAt()) : decided).toString());
                m.put("ingangsdatum", LegalTime.localDate(h.imposedAt()).toString());
                m.put("vervaldatum", LegalTime.localDate(LegalTime.orderEnd(h.imposedAt())).toString());
                m.put("vervalreden", "tijdelijk");
            }
            case VERLENGING -> {
                m.put("besluittype", link.besluittypeVerlenging());
                m.put("datum", decided.toString());
                m.put("ingangsdatum", LegalTime.localDate(LegalTime.orderEnd(h.imposedAt())).toString());
                m.put("vervaldatum", LegalTime.localDate(h.endsAt()).toString());
                m.put("vervalreden", "tijdelijk");
            }
            case INTREKKING -> {
                m.put("besluittype", link.besluittypeIntrekking());
                m.put("datum", decided.toString());
                m.put("ingangsdatum", decided.toString());
            }
        }
        m.put("toelichting", text("zgw.besluit.toelichting." + b.soort().name()));
        return m;
    }

    String title(Beschikking b) {
        return text("zgw.document.titel." + b.soort().name(), b.nummer());
    }

    String text(String code, Object... args) {
        return messages.get(DUTCH, code, args);
    }
}
