package nl.huisverbod.enforcement;

import java.util.UUID;

/** A step in the criminal track was recorded; the OM's outcome goes back to the coordinator (domain.md §8). */
public record StrafrechtstapVastgelegd(UUID dossierId, String dossierNummer, String vtRegion, Strafrechtstap.Soort soort,
                                       Strafrechtstap.Uitkomst uitkomst) {
}
