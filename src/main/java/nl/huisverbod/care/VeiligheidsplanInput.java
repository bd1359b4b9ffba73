package nl.huisverbod.care;

/** The fields of a veiligheidsplan as entered; {@code version} null for the first. */
public record VeiligheidsplanInput(Integer version, String timeOut, String escalatieladder, String verblijf,
                                   String contactregeling, String kinderen, String netwerk) {
}
