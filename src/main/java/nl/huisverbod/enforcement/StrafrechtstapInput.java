package nl.huisverbod.enforcement;

import java.time.Instant;
import java.time.LocalDate;

public record StrafrechtstapInput(Strafrechtstap.Soort soort, Instant moment, Strafrechtstap.Uitkomst uitkomst,
                                  LocalDate tot, String toelichting) {
}
