package nl.huisverbod.reference;

/** A current municipality with the regions a case there is routed to. */
public record Municipality(String code, String name, String province, String safetyRegionCode,
                           String safetyRegionName, String policeUnit, String vtRegion) {
}
