/**
 * After the order (domain.md §9-§10): the help funnel per person (offered, accepted, started, completed, the
 * cooperation score, dropout, waiting time, warm hand-over), the problem inventory per life domain at the
 * start and the end, time spent per organisation and contact type, monitoring contacts and the monitoring
 * report, and the outcome coded when the case closes. Depends on {@code dossier}, {@code care} (the
 * coordinating team), {@code decision} (the order), {@code deadlines} (monitoring deadlines) and {@code audit}.
 */
package nl.huisverbod.followup;
