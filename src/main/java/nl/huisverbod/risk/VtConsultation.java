package nl.huisverbod.risk;

import java.time.Instant;

/** Wth 2(3): Veilig Thuis consulted before an order on the ground of (suspected) child abuse. */
public record VtConsultation(Instant at, String with, String notes) {
}
