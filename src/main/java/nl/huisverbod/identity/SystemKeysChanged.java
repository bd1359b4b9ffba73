package nl.huisverbod.identity;

import java.util.List;
import java.util.UUID;

/** The functional administrator set the public keys of a partner system (for the audit trail). */
public record SystemKeysChanged(UUID systemAccountId, String clientId, List<String> keyIds) {
}
