package nl.huisverbod.dossier;

import java.time.Instant;
import java.util.UUID;

/** One line of a work list; {@code adres} is null for a partner that does not see the household. */
public record DossierListItem(UUID id, String nummer, DossierStatus status, String adres, String gemeenteCode,
                              Instant registeredAt, String uithuisgeplaatste) {
}
