package nl.huisverbod.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Orders running at an address, for the police registering a new case there: the registration warns before
 * saving and names the running case. Implemented by the decision module, which knows the orders.
 */
public interface RunningOrders {

    record RunningOrder(UUID dossierId, String nummer, Instant endsAt) {
    }

    /** For the police only (the same address lies in the same police unit); others get an empty list. */
    List<RunningOrder> at(String postcode, String huisnummer);
}
