/**
 * The decision: the Huisverbod under the municipality's mandate (Wth 3), its Beschikkingen as PDF/A,
 * serving, reachability, keys and lawyer, the municipal legal check, and the police address flag.
 * Depends on {@code dossier}, {@code risk}, {@code reference}, {@code identity} and {@code audit}; announces
 * {@link HuisverbodOpgelegd} and {@link HuisverbodVoorgesteld} to whoever must be told.
 */
package nl.huisverbod.decision;
