package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;

/** A contact to log: with a person of the household ({@code persoonId}) or another party ({@code partij}). */
public record ContactInput(UUID persoonId, String partij, Contact.Kanaal kanaal, Boolean bereikt, Instant moment,
                           String notitie) {
}
