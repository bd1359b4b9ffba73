/**
 * The web shell: layout model, login page, the work list and the case page that brings together what the
 * other modules hold about one case. Reads only through the modules' public APIs; no module depends on it.
 */
package nl.huisverbod.web;
