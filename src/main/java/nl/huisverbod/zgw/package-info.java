/**
 * The case in the municipality's ZGW store (issue 14, docs/adr/0025): for a municipality that links its ZGW
 * APIs (Zaken 1.5, Besluiten 1.0, Documenten 1.4, e.g. Open Zaak), the order becomes a zaak with its besluiten,
 * beschikking documents, statuses and resultaat. A link is a subscription of the municipality's system account
 * in the format ZGW_ZAKEN ({@code subscription} delivers it in order, with retries and a delivery log); depends on
 * {@code decision} (the order and its beschikkingen), {@code dossier}, {@code identity} and {@code reference}.
 */
package nl.huisverbod.zgw;
