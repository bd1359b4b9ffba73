package nl.huisverbod.care;

import java.time.LocalDate;
import java.util.UUID;

public record TaakInput(String omschrijving, UUID eigenaarId, LocalDate uiterlijk) {
}
