/**
 * Events partner systems subscribe to (issue 14, docs/adr/0023): an organisation's system subscribes to kinds
 * of events (an order imposed, extended, withdrawn or ended, a breach, a deadline missed, the file accepted,
 * ...) and receives each as a signed HTTP callback, in the ZGW Notificaties format or as a CloudEvent, with
 * retries, in order, once by its id, and only when its account may know of that part of the case at that
 * moment. A callback carries no personal data: a link the receiver fetches with its own authorisation. Depends
 * on the modules whose events it forwards, {@code dossier} (need-to-know) and {@code identity}.
 */
package nl.huisverbod.subscription;
