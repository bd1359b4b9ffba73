/**
 * Open data (issue 13, finding 7; docs/adr/0026): the national and regional figures that passed disclosure
 * control, published for anyone as numbered versions: each table as a CSV file with its CSVW metadata, a
 * table API in the manner of CBS StatLine (tables, their measures and dimensions, their observations) and a
 * DCAT description of the whole. A version is computed by {@code figures} exactly as a viewer outside every
 * municipality sees the dashboards, refreshed periodically, and written only when its numbers changed.
 * Depends on {@code figures} (the tables), {@code identity} (who may publish at once) and {@code audit}.
 */
package nl.huisverbod.opendata;
