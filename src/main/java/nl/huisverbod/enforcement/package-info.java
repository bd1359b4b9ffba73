/**
 * Enforcement: breaches of the order (Wth 11) with who reported them and the criminal follow-up. A care
 * provider's report can be confidential: its source is shown only to the police and the reporting
 * organisation. Depends on {@code decision} (the order's period), {@code dossier}, {@code identity} and
 * {@code audit}; announces {@link OvertredingGemeld}.
 */
package nl.huisverbod.enforcement;
