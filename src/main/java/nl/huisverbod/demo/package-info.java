/**
 * The demo data set of the embedded default: organisations, a user for every role (printed at start-up with
 * the password) and cases in several states. Never active when an external database is configured. May use
 * every module's public API; nothing depends on it.
 */
package nl.huisverbod.demo;
