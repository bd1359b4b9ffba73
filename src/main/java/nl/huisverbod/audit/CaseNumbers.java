package nl.huisverbod.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Case numbers for the audit trail's pages, which people search and read by number, never by internal id.
 * Implemented by the module that holds the cases; gives the number only, never case data.
 */
public interface CaseNumbers {

    Map<UUID, String> numbersOf(Collection<UUID> dossierIds);

    Optional<UUID> idOf(String nummer);
}
