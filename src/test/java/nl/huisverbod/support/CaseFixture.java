package nl.huisverbod.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Builds cases through the REST API, step by step, as a HOvJ would. */
public final class CaseFixture {

    private final Api api;
    private int houseNumber = 1;

    public CaseFixture(Api api) {
        this.api = api;
    }

    public static Map<String, Object> person(String rol, String voornamen, LocalDate born, String relatie) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("rol", rol);
        p.put("voornamen", voornamen);
        p.put("achternaam", "Testpersoon");
        p.put("geboortedatum", born.toString());
        p.put("relatie", relatie);
        return p;
    }

    public Map<String, Object> registration(String gemeenteCode, List<Map<String, Object>> persons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryRoute", "POLITIE_INCIDENT");
        body.put("incidentNummer", "PL0100-2026-" + (100000 + houseNumber));
        body.put("arrest", true);
        body.put("straat", "Teststraat");
        body.put("huisnummer", Integer.toString(houseNumber++));
        body.put("postcode", Postcodes.in(gemeenteCode));
        body.put("woonplaats", "Testdorp");
        body.put("gemeenteCode", gemeenteCode);
        body.put("personen", persons);
        return body;
    }

    public List<Map<String, Object>> household(LocalDate evictedBorn) {
        return new ArrayList<>(List.of(
                person("UITHUISGEPLAATSTE", "Piet", evictedBorn, "ZELF"),
                person("ACHTERBLIJVER", "Ineke", LocalDate.of(1990, 5, 1), "PARTNER"),
                person("KIND", "Noor", LocalDate.of(2016, 5, 1), "KIND")));
    }

    /** Registers a case in the municipality and returns its id. */
    public String register(String user, String gemeenteCode) {
        return register(user, gemeenteCode, LocalDate.of(1985, 3, 14));
    }

    public String register(String user, String gemeenteCode, LocalDate evictedBorn) {
        Api.Response r = api.post(user, "/api/v1/dossiers", registration(gemeenteCode, household(evictedBorn)));
        require(r, 201);
        return r.json().path("id").asString();
    }

    public void criteria(String user, String dossierId, boolean allMet) {
        int version = api.get(user, "/api/v1/dossiers/" + dossierId).json().path("version").asInt();
        require(api.put(user, "/api/v1/dossiers/" + dossierId + "/toetsingscriteria", Map.of("version", version,
                "meerderjarig", true, "meerderjarigReden", "BRP", "woonachtig", true, "woonachtigReden", "BRP",
                "gevaar", allMet, "gevaarReden", "Verhoor")), 200);
    }

    /** Fills and finalises the RiHG; the given signals are red, the rest yellow. */
    public JsonNode assess(String user, String dossierId, List<String> red, boolean childAbuse) {
        Map<String, String> ratings = new LinkedHashMap<>();
        Map<String, String> answers = new LinkedHashMap<>();
        for (JsonNode part : api.get(user, "/api/v1/instrumenten/rihg").json().path("parts")) {
            for (JsonNode signal : part.path("signals")) {
                String code = signal.path("code").asString();
                ratings.put(code, red.contains(code) ? "ROOD" : "GEEL");
                for (JsonNode item : signal.path("items")) {
                    answers.put(item.path("code").asString(), red.contains(code) ? "JA" : "NEE");
                }
            }
        }
        Api.Response draft = api.put(user, "/api/v1/dossiers/" + dossierId + "/risicotaxatie", Map.of(
                "antwoorden", answers, "beoordelingen", ratings, "kindermishandeling", childAbuse));
        require(draft, 200);
        Api.Response fin = api.post(user, "/api/v1/dossiers/" + dossierId + "/risicotaxatie/vaststelling",
                Map.of("version", draft.json().path("version").asInt()));
        require(fin, 200);
        return fin.json();
    }

    /** Registers, checks criteria and finalises a RiHG that indicates an order (two red signals in part B). */
    public String readyForDecision(String user, String gemeenteCode) {
        String id = register(user, gemeenteCode);
        criteria(user, id, true);
        assess(user, id, List.of("B1", "B3"), false);
        return id;
    }

    public Map<String, Object> impose(String feiten) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("besluit", "OPLEGGEN");
        body.put("uitreiking", "IN_PERSOON");
        body.put("feiten", feiten);
        return body;
    }

    public static Api.Response require(Api.Response r, int status) {
        if (r.status() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + r.status() + ": " + r.body());
        }
        return r;
    }
}
