package nl.huisverbod.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulation needs from the running instance before it starts, read through the API with the demo
 * Veilig Thuis system's token: the Assen cases every demo account of the load may open, the case with a help
 * file (Molenstraat 7), one of its persons, and the RiHG definition for drafts.
 */
final class LoadData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger HOUSE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 90000));

    private final List<String> cases;
    private final String helpCase;
    private final String helpPerson;
    private final String rihgDraft;

    private LoadData(List<String> cases, String helpCase, String helpPerson, String rihgDraft) {
        this.cases = cases;
        this.helpCase = helpCase;
        this.helpPerson = helpPerson;
        this.rihgDraft = rihgDraft;
    }

    static LoadData fetch(String base, String secret) {
        try {
            HttpClient http = HttpClient.newHttpClient();
            String basic = Base64.getEncoder().encodeToString(("systeem.veilig-thuis-drenthe:" + secret)
                    .getBytes(StandardCharsets.UTF_8));
            JsonNode token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String bearer = "Bearer " + token.path("access_token").asText();
            List<String> assen = new ArrayList<>();
            String help = null;
            for (JsonNode c : get(http, base + "/api/v1/dossiers?pageSize=500", bearer)) {
                // the demo's own Assen cases, not those earlier load runs registered
                if ("GM0106".equals(c.path("gemeenteCode").asText()) && !c.path("adres").asText().startsWith("Belastingweg")) {
                    assen.add(c.path("id").asText());
                    if (c.path("adres").asText().startsWith("Molenstraat 7")) {
                        help = c.path("id").asText();
                    }
                }
            }
            // after a few large runs the demo cases are no longer among the 500 newest: take those of the first run
            Path remembered = Path.of("target", "load-data", URI.create(base).getPort() + ".txt");
            if (help == null || assen.isEmpty()) {
                if (!Files.exists(remembered)) {
                    throw new IllegalStateException("the demo cases are missing among the 500 newest: start the embedded"
                            + " default with demo data on a fresh data folder");
                }
                List<String> lines = Files.readAllLines(remembered);
                help = lines.get(0);
                assen = lines.subList(1, lines.size());
            } else {
                Files.createDirectories(remembered.getParent());
                List<String> lines = new ArrayList<>(List.of(help));
                lines.addAll(assen);
                Files.write(remembered, lines);
            }
            String person = null;
            for (JsonNode p : get(http, base + "/api/v1/dossiers/" + help, bearer).path("personen")) {
                if ("ACHTERBLIJVER".equals(p.path("rol").asText())) {
                    person = p.path("id").asText();
                }
            }
            var answers = JSON.createObjectNode();
            var ratings = JSON.createObjectNode();
            for (JsonNode part : get(http, base + "/api/v1/instrumenten/rihg", bearer).path("parts")) {
                for (JsonNode signal : part.path("signals")) {
                    ratings.put(signal.path("code").asText(), "GEEL");
                    for (JsonNode item : signal.path("items")) {
                        answers.put(item.path("code").asText(), "NEE");
                    }
                }
            }
            var draft = JSON.createObjectNode();
            draft.set("antwoorden", answers);
            draft.set("beoordelingen", ratings);
            draft.put("kindermishandeling", false);
            return new LoadData(assen, help, person, JSON.writeValueAsString(draft));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(HttpClient http, String url, String bearer) throws java.io.IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    String randomCase() {
        return cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
    }

    String helpCase() {
        return helpCase;
    }

    String rihgDraft() {
        return rihgDraft;
    }

    String contact() {
        return "{\"persoonId\":\"" + helpPerson + "\",\"kanaal\":\"TELEFOON\",\"bereikt\":true,\"moment\":\""
                + Instant.now().minusSeconds(60) + "\",\"notitie\":\"Gebeld in het kader van de belasting.\"}";
    }

    /** A new case at an Assen address, registered by the police's system. */
    static String registration() {
        int n = HOUSE.incrementAndGet();
        return "{\"entryRoute\":\"POLITIE_INCIDENT\",\"incidentNummer\":\"PL0100-2026-" + n + "\",\"arrest\":false,"
                + "\"straat\":\"Belastingweg\",\"huisnummer\":\"" + n + "\",\"postcode\":\"9401 AB\",\"woonplaats\":\"Assen\","
                + "\"gemeenteCode\":\"GM0106\",\"personen\":["
                + "{\"rol\":\"UITHUISGEPLAATSTE\",\"voornamen\":\"Piet\",\"achternaam\":\"Last\",\"geboortedatum\":\"1980-01-01\",\"relatie\":\"ZELF\"},"
                + "{\"rol\":\"ACHTERBLIJVER\",\"voornamen\":\"Ineke\",\"achternaam\":\"Last\",\"geboortedatum\":\"1985-01-01\",\"relatie\":\"PARTNER\"}]}";
    }
}
