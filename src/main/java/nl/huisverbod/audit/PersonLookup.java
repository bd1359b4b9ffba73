package nl.huisverbod.audit;

import java.util.List;
import java.util.UUID;

/**
 * Finds the person records that carry a BSN, so that an AVG access request ("who looked at my file?")
 * can be answered from the BSN alone. Implemented by the module that holds persons.
 */
public interface PersonLookup {
    List<UUID> personIdsWithBsn(String bsn);
}
