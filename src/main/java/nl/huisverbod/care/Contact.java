package nl.huisverbod.care;

import java.time.Instant;
import java.util.UUID;

/** One entry of the contact log (domain.md §9): when, with whom, how, and whether the person was reached. */
public record Contact(UUID id, UUID persoonId, String met, Kanaal kanaal, boolean bereikt, Instant moment,
                      String notitie, String door) {

    public enum Kanaal { TELEFOON, HUISBEZOEK, GESPREK, VIDEO, BERICHT, POLITIEBUREAU }
}
