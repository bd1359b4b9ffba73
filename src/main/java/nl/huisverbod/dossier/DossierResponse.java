package nl.huisverbod.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it. The BSN is shown masked; the full number never leaves through the API. */
public record DossierResponse(UUID id, int version, String nummer, DossierStatus status, EntryRoute entryRoute,
                              String incidentNummer, boolean arrest, Adres adres, String politieEenheid,
                              String veiligThuisRegio, Instant geregistreerdOp, Toetsingscriteria toetsingscriteria,
                              List<PersoonResponse> personen) {

    public record PersoonResponse(UUID id, PersonRole rol, String voornamen, String achternaam,
                                  LocalDate geboortedatum, String bsnGemaskeerd, Relatie relatie) {
    }

    static DossierResponse of(Dossier d) {
        return new DossierResponse(d.id(), d.version(), d.nummer(), d.status(), d.entryRoute(), d.incidentNummer(),
                d.arrest(), d.adres(), d.policeUnit(), d.vtRegion(), d.registeredAt(), d.criteria(),
                d.personen().stream().map(p -> new PersoonResponse(p.id(), p.rol(), p.voornamen(), p.achternaam(),
                        p.geboortedatum(), p.bsn() == null ? null : "******" + p.bsn().substring(6), p.relatie()))
                        .toList());
    }
}
