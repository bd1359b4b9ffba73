/**
 * Retention: the beschikkingen of an order and the documents received are destroyed five years after the
 * decision (Wth 10), the documents of a case without an order after the configured period; each destruction
 * is an entry in the audit trail. Depends on {@code decision}, {@code dossier} and {@code audit}.
 */
package nl.huisverbod.retention;
