/**
 * Domestic-violence incidents after (and before) an order, from the police, Veilig Thuis and youth protection
 * (domain.md §11): recorded by hand or imported from the police, linked to the cases whose people or address
 * they involve; repeat violence (presence, size, speed over 12, 18 or 24 months, police-only or all
 * sources) for one case or a set of cases; and the police knowledge centre's worklist of addresses with
 * repeated incidents and no risk assessment. Depends on {@code dossier}, {@code reference}, {@code identity}
 * and {@code audit}.
 */
package nl.huisverbod.incidents;
