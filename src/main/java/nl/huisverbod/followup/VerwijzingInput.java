package nl.huisverbod.followup;

import java.time.LocalDate;
import java.util.UUID;

/** A referral as entered; {@code version} null for a new one. Every step is a date, later steps need earlier ones. */
public record VerwijzingInput(Integer version, UUID persoonId, String programma, LocalDate aangebodenOp,
                              LocalDate geaccepteerdOp, LocalDate gestartOp, LocalDate afgerondOp,
                              Boolean startVerwacht, Boolean warmeOverdracht, Integer medewerking,
                              Verwijzing.Stap uitvalStap, String uitvalReden) {
}
