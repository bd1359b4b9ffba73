/**
 * Deadlines of the chain: each with its start, due moment, owner and outcome (met or missed, with times),
 * a Dutch working-day calendar for agreed deadlines, and a sweep that marks missed deadlines exactly once,
 * also with several nodes, and announces them for escalation. Depends on {@code decision} and {@code enforcement} (their events),
 * {@code dossier} (need-to-know) and {@code identity}.
 */
package nl.huisverbod.deadlines;
