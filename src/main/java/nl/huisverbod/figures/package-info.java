/**
 * Figures the chain can trust (domain.md §12, ADR 0012). Every case the figures count is one row of
 * {@code stat_zaak} with its details, without names, BSN or addresses: imported from a historical registration
 * (JSON Lines, {@link nl.huisverbod.figures.ZaakImport}) or projected from the live registration
 * ({@link nl.huisverbod.figures.LiveZaken}). The figures are computed from those rows in the database
 * ({@link nl.huisverbod.figures.Cijfers}), grouped by an area level and a period, each cell with its n, small
 * cells suppressed and non-consenting municipalities left out of anything that leaves the municipality. Beside
 * them: the municipalities' and the police's own counts ({@link nl.huisverbod.figures.Bronvergelijking}), data
 * quality, the evaluation against the control group, the research extract, the dashboards and the exports.
 * Reads the reference data and the value sets of the modules whose facts it counts.
 */
package nl.huisverbod.figures;
