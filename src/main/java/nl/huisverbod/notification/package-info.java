/**
 * Who is told what and when: reacts to the decision module's events (through the JDBC event publication
 * registry, so nothing is lost on a crash), fills each receiver's in-app inbox, and sends e-mail through SMTP
 * with a recorded delivery status. E-mails carry no personal data, only a link. Depends on {@code decision}, {@code deadlines}, {@code enforcement},
 * {@code identity}, {@code reference} and {@code subscription} (a partner's receiver that stays down).
 */
package nl.huisverbod.notification;
