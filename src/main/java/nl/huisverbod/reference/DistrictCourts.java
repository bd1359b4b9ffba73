package nl.huisverbod.reference;

import java.util.Map;
import java.util.Optional;

/**
 * The district court (rechtbank) of a municipality, where the evicted person appeals and asks for interim
 * relief (Wth 6; Awb 8:7: the court of the district where the administrative body sits). The ten police units
 * follow the eleven court districts of the Wet herziening gerechtelijke kaart (2013), except Oost-Nederland,
 * which holds two: Overijssel (safety regions IJsselland and Twente) and Gelderland (the other three).
 */
public final class DistrictCourts {

    private static final Map<String, String> BY_POLICE_UNIT = Map.of(
            "Noord-Nederland", "Rechtbank Noord-Nederland",
            "Midden-Nederland", "Rechtbank Midden-Nederland",
            "Noord-Holland", "Rechtbank Noord-Holland",
            "Amsterdam", "Rechtbank Amsterdam",
            "Den Haag", "Rechtbank Den Haag",
            "Rotterdam", "Rechtbank Rotterdam",
            "Zeeland - West-Brabant", "Rechtbank Zeeland-West-Brabant",
            "Oost-Brabant", "Rechtbank Oost-Brabant",
            "Limburg", "Rechtbank Limburg");

    private DistrictCourts() {
    }

    public static Optional<String> of(Municipality m) {
        if ("Oost-Nederland".equals(m.policeUnit())) {
            return Optional.of("VR04".equals(m.safetyRegionCode()) || "VR05".equals(m.safetyRegionCode())
                    ? "Rechtbank Overijssel" : "Rechtbank Gelderland");
        }
        return Optional.ofNullable(BY_POLICE_UNIT.get(m.policeUnit()));
    }
}
