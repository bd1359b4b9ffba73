package nl.huisverbod.dossier;

import java.time.LocalDate;
import java.util.UUID;

/** A case as a member of a set for figures: no names, only what the figures group and filter by. */
public record CohortCase(UUID id, LocalDate registeredOn, DossierStatus status, String gemeenteCode, String vtRegion,
                         String policeUnit) {

    /** An order was imposed (the rest of a set are the control cases: RiHG without an order). */
    public boolean imposed() {
        return AccessPolicy.ORDER_STATES.contains(status);
    }
}
