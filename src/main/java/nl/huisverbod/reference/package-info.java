/**
 * Reference data: municipalities with their police unit, safety region and Veilig Thuis region,
 * population per year, mergers, and per municipality its mandate (Wth 3) and designated help organisation.
 * Depends only on {@code shared}.
 */
package nl.huisverbod.reference;
