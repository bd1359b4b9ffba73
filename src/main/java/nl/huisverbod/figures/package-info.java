/**
 * Figures the chain can trust (issue 5, domain.md §12). Every case the figures count is one row of
 * {@code stat_zaak} with its details, without names, BSN or addresses: imported from a historical registration
 * (JSON Lines, {@link nl.huisverbod.figures.ZaakImport}) or, later, projected from the live registration. The
 * figures are computed from those rows in the database ({@link nl.huisverbod.figures.Cijfers}), grouped by an
 * area level and a period, each cell with its n, small cells suppressed and non-consenting municipalities left
 * out of anything that leaves the municipality. Beside them: the municipalities' own counts and the police's
 * counts ({@link nl.huisverbod.figures.Bronvergelijking}). Reads the reference data and the value sets of the
 * modules whose facts it counts.
 */
package nl.huisverbod.figures;
