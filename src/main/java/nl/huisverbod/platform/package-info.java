/**
 * Technical foundation shared by the modules: the embedded PostgreSQL default, the clock, locale and
 * message resolution, and the mapping of errors to Dutch pages and to application/problem+json.
 * Depends only on {@code shared}.
 */
package nl.huisverbod.platform;
