package nl.huisverbod.identity;

import java.time.Instant;
import java.util.List;

/**
 * A partner organisation's system as the functional administrator sees it: whose it is, how it may authenticate
 * at the token endpoint ({@code client_secret_basic}, {@code private_key_jwt}), and the ids of its public keys.
 * Never a secret or a key itself.
 */
public record PartnerSystem(String clientId, String naam, String organisatie, Role rol,
                            List<String> authenticatiemethoden, List<String> sleutels, Instant sleutelsGewijzigdOp) {
}
