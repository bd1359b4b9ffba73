/**
 * Risk assessment: instrument definitions as versioned data (the RiHG of the Besluit tijdelijk huisverbod)
 * and filled assessments ({@link Risicotaxatie}) with every answer, rating, source and contributor.
 * Depends on {@code dossier} (need-to-know), {@code identity} and {@code audit}.
 */
package nl.huisverbod.risk;
