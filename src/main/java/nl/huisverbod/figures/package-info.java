/**
 * Figures the chain can trust (issue 5, started): so far the import of the police's yearly counts of
 * domestic-violence incidents per municipality, the denominator of "orders per police report" (domain.md
 * §12). Depends on {@code reference}, {@code identity} and {@code audit}.
 */
package nl.huisverbod.figures;
