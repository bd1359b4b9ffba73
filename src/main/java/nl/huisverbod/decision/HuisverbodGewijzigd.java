package nl.huisverbod.decision;

import java.time.Instant;
import java.util.UUID;

/**
 * A running order was extended (Wth 9) or not, withdrawn (Wth 2(9)) or ended. The police and the partners must be
 * told at once: the studies found the police were often not told of extensions and withdrawals.
 */
public record HuisverbodGewijzigd(UUID huisverbodId, UUID dossierId, String dossierNummer, String gemeenteCode,
                                  String vtRegion, String policeUnit, Wijziging wijziging, Instant endsAt) {

    public enum Wijziging { VERLENGD, NIET_VERLENGD, INGETROKKEN, BEEINDIGD, DOOR_RECHTER_BEEINDIGD }
}
