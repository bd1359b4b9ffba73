/**
 * The case file: entry route, address, household (persons and their roles), the three entry criteria,
 * and the need-to-know policy that decides who may see a case. Depends on {@code identity},
 * {@code reference} and {@code audit}; other modules reach a case only through {@link Dossiers}.
 */
package nl.huisverbod.dossier;
