package nl.huisverbod.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.reference.Municipalities;
import nl.huisverbod.reference.Municipality;
import nl.huisverbod.shared.LegalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipal lawyer's queue as a lawyer reads it: per order the case number, municipality, when and by
 * whom it was imposed, the evicted person's age on that day and what already asks attention (an oral order
 * whose written beschikking is not served yet, a late recording, minors in the home, an arrest). Opening
 * the cases is a read of their persons, audited per case.
 */
@Service
public class CheckQueue {

    /** {@code flags} are message keys ({@code check.flag.*}). */
    public record Item(UUID dossierId, String nummer, String gemeente, Instant imposedAt, String decidedByName,
                       Integer evictedAge, List<String> flags) {
    }

    private final JuridischeControles controles;
    private final Dossiers dossiers;
    private final Municipalities municipalities;

    CheckQueue(JuridischeControles controles, Dossiers dossiers, Municipalities municipalities) {
        this.controles = controles;
        this.dossiers = dossiers;
        this.municipalities = municipalities;
    }

    @Transactional
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Huisverbod h : controles.queue()) {
            Dossier d = dossiers.open(h.dossierId(), "juridische controle wachtrij");
            LocalDate day = LegalTime.localDate(h.imposedAt());
            Integer age = d.personen().stream()
                    .filter(p -> p.rol() == PersonRole.UITHUISGEPLAATSTE && p.geboortedatum() != null)
                    .map(p -> java.time.Period.between(p.geboortedatum(), day).getYears()).findFirst().orElse(null);
            List<String> flags = new ArrayList<>();
            if (h.servedAt() == null) {
                flags.add(h.mondeling() ? "check.flag.oralNotServed" : "check.flag.notServed");
            }
            if (h.lateRecordingReason() != null) {
                flags.add("check.flag.lateRecorded");
            }
            if (d.personen().stream().anyMatch(p -> p.geboortedatum() != null && !p.isAdultOn(day)
                    && p.rol() != PersonRole.UITHUISGEPLAATSTE)) {
                flags.add("check.flag.minors");
            }
            if (d.arrest()) {
                flags.add("check.flag.arrest");
            }
            items.add(new Item(d.id(), d.nummer(), municipalities.current(d.gemeenteCode()).map(Municipality::name)
                    .orElse(d.gemeenteCode()), h.imposedAt(), h.decidedByName(), age, flags));
        }
        return items;
    }
}
