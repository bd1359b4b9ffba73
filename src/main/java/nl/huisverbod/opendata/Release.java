package nl.huisverbod.opendata;

import java.time.Instant;

/**
 * A published version of the open data (the API's field names are Dutch, as everywhere in the API): its
 * number, when it was published, the years it covers, the smallest count it shows, the digest of its numbers
 * and how many observations its tables hold.
 */
record Release(int versie, Instant gepubliceerdOp, int eersteJaar, int laatsteJaar, int drempel, String digest,
               int observaties) {
}
