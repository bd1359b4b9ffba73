/**
 * Reference data: municipalities with their police unit, safety region and Veilig Thuis region,
 * population per year, mergers, and per municipality its mandate (Wth 3) and designated help organisation,
 * which the functional administrator maintains. Depends on {@code shared}, and on {@code identity} and
 * {@code audit} for maintaining the policies.
 */
package nl.huisverbod.reference;
