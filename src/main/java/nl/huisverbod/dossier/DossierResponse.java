package nl.huisverbod.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as the API shows it to this user ({@link CaseView}): {@code adres} and {@code toetsingscriteria} are
 * null and {@code personen} holds only the evicted person where the user's parts do not include the household
 * and the grounds. The BSN is shown masked; the full number never leaves through the API.
 */
public record DossierResponse(UUID id, int version, String nummer, DossierStatus status, EntryRoute entryRoute,
                              String incidentNummer, boolean arrest, Adres adres, String politieEenheid,
                              String veiligThuisRegio, Instant geregistreerdOp, Toetsingscriteria toetsingscriteria,
                              List<PersoonResponse> personen) {

    public record PersoonResponse(UUID id, PersonRole rol, String voornamen, String achternaam,
                                  LocalDate geboortedatum, String bsnGemaskeerd, Relatie relatie) {
    }

    static DossierResponse of(CaseView v) {
        Dossier d = v.dossier();
        return new DossierResponse(d.id(), d.version(), d.nummer(), d.status(), d.entryRoute(), d.incidentNummer(),
                d.arrest(), v.adres(), d.policeUnit(), d.vtRegion(), d.registeredAt(), v.criteria(),
                v.personen().stream().map(p -> new PersoonResponse(p.id(), p.rol(), p.voornamen(), p.achternaam(),
                        p.geboortedatum(), p.bsn() == null ? null : "******" + p.bsn().substring(6), p.relatie()))
                        .toList());
    }
}
