/**
 * Organisations in the chain, their users and roles, login (form login on the embedded default, OIDC in
 * production, HTTP Basic for the API) and the current user. Depends only on {@code shared}.
 */
package nl.huisverbod.identity;
