package nl.huisverbod.dossier;

import java.time.Instant;
import java.util.UUID;

/** A case was closed with its outcome coded; nothing more is due in it. */
public record DossierGesloten(UUID dossierId, Instant at) {
}
