/**
 * Coordinated help during the order (the ten-day model, domain.md §4 step 7 and §9): the coordinator accepts
 * the file and forms the team, partners are invited with the view their role needs, contacts, screening
 * forms, care meetings with tasks, the plan van aanpak, the veiligheidsplan, the system conversation, shelter
 * and the zorgadvies on extension with the partners' dissenting views. Depends on {@code dossier}
 * (need-to-know per part of the case), {@code decision} (the order's period), {@code reference} (the regions), {@code identity} and
 * {@code audit}; announces {@link nl.huisverbod.care.HulpverleningStap}, which meets the agreed deadlines.
 */
package nl.huisverbod.care;
