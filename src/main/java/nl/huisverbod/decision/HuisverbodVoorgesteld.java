package nl.huisverbod.decision;

import java.util.UUID;

/** The HOvJ proposed a decision that the mayor must take (signing mandate or no mandate). */
public record HuisverbodVoorgesteld(UUID huisverbodId, UUID dossierId, String dossierNummer, String gemeenteCode,
                                    Besluit voorstel) {
}
