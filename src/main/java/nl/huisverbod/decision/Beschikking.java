package nl.huisverbod.decision;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored written decision: its number, kind and the archived PDF/A with its SHA-256; a herstelbeschikking
 * also what it corrects ({@code herstel}, else null).
 */
public record Beschikking(UUID id, UUID huisverbodId, BeschikkingSoort soort, String nummer, Instant createdAt,
                          String toelichting, String sha256, Instant vernietigdOp, Herstel herstel) {
}
