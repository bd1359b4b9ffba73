/**
 * Organisations in the chain, their users and roles, login (form login on the embedded default, OIDC in
 * production, HTTP Basic for the API) and the current user. Depends on {@code shared}, and on {@code platform}
 * for its messages and problem answers.
 */
package nl.huisverbod.identity;
