package nl.huisverbod.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.huisverbod.shared.Csv;
import nl.huisverbod.shared.LegalTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates a realistic national data set in the format of the case import (JSON Lines) and the police's yearly
 * counts (CSV). The benchmark of issue 5 uses the national size: ten years (2015–2024), 55,000 RiHGs of which
 * about 40,000 led to an order, about 150,000 persons, 1,000,000 police incidents; the demo data use a small one.
 * Cases are spread over the municipalities of each year by population (CBS, the shipped reference data; years
 * after the last population year use that year); the rates are in the range the Dutch evaluations report
 * (conversion about 73 %, extension about a third, breach about one in six, minors in about half the
 * households). Deterministic for a given seed.
 *
 * <p>Run on its own: {@code java -cp target/classes:... nl.huisverbod.demo.LandelijkeDataGenerator <dir> [seed]}
 * writes {@code zaken.jsonl} and {@code politie-tellingen.csv} of the national size there.
 */
public final class LandelijkeDataGenerator {

    public static final int NATIONAAL_JAAR_VAN = 2015;
    public static final int NATIONAAL_JAREN = 10;
    public static final int NATIONAAL_RIHGS = 55_000;
    public static final int NATIONAAL_POLITIE_INCIDENTEN = 1_000_000;
    static final double CONVERSIE = 40_000.0 / 55_000;

    public record Resultaat(int zaken, int huisverboden, int personen, int politieIncidenten, Path zakenBestand,
                            Path politieBestand) {
    }

    private final int jaarVan;
    private final int jaren;
    private final int rihgs;
    private final int politieIncidenten;
    private final Random random;
    /** Its own sequence, so that adding the reasons left every other generated number as it was. */
    private final Random redenen;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Per year: municipality codes and cumulative population, for sampling by population. */
    private final TreeMap<Integer, List<String>> codes = new TreeMap<>();
    private final TreeMap<Integer, long[]> cumulatief = new TreeMap<>();
    private final List<String> eerdereUithuisgeplaatsten = new ArrayList<>();
    private final List<String> eerdereAchterblijvers = new ArrayList<>();
    private int personen;

    /** The national data set of the benchmark. */
    public LandelijkeDataGenerator(long seed) throws IOException {
        this(seed, NATIONAAL_JAAR_VAN, NATIONAAL_JAREN, NATIONAAL_RIHGS, NATIONAAL_POLITIE_INCIDENTEN);
    }

    public LandelijkeDataGenerator(long seed, int jaarVan, int jaren, int rihgs, int politieIncidenten)
            throws IOException {
        this.jaarVan = jaarVan;
        this.jaren = jaren;
        this.rihgs = rihgs;
        this.politieIncidenten = politieIncidenten;
        random = new Random(seed);
        redenen = new Random(seed ^ 0x5EA5_0A5EL);
        Map<Integer, List<long[]>> perJaar = new TreeMap<>();
        Map<Integer, List<String>> codesPerJaar = new TreeMap<>();
        try (InputStream in = LandelijkeDataGenerator.class.getResourceAsStream("/reference/population.csv")) {
            for (Map<String, String> r : Csv.read(in)) {
                int jaar = Integer.parseInt(r.get("year"));
                codesPerJaar.computeIfAbsent(jaar, j -> new ArrayList<>()).add(r.get("code"));
                perJaar.computeIfAbsent(jaar, j -> new ArrayList<>()).add(new long[] {Long.parseLong(r.get("population"))});
            }
        }
        codesPerJaar.forEach((jaar, lijst) -> {
            long[] cum = new long[lijst.size()];
            long som = 0;
            for (int i = 0; i < lijst.size(); i++) {
                som += perJaar.get(jaar).get(i)[0];
                cum[i] = som;
            }
            codes.put(jaar, lijst);
            cumulatief.put(jaar, cum);
        });
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/landelijk");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026L;
        System.out.println(new LandelijkeDataGenerator(seed).schrijf(dir));
    }

    public Resultaat schrijf(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path zaken = dir.resolve("zaken.jsonl");
        int huisverboden = 0;
        try (BufferedWriter w = Files.newBufferedWriter(zaken, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rihgs; i++) {
                Map<String, Object> zaak = zaak(i);
                if (zaak.containsKey("huisverbod")) {
                    huisverboden++;
                }
                w.write(json.writeValueAsString(zaak));
                w.write('\n');
            }
        }
        Path politie = dir.resolve("politie-tellingen.csv");
        try (BufferedWriter w = Files.newBufferedWriter(politie, StandardCharsets.UTF_8)) {
            w.write("gemeentecode,jaar,aantal\n");
            int perJaar = politieIncidenten / jaren;
            for (int jaar = jaarVan; jaar < jaarVan + jaren; jaar++) {
                List<String> lijst = codes.get(bevolkingsjaar(jaar));
                long[] cum = cumulatief.get(bevolkingsjaar(jaar));
                long totaal = cum[cum.length - 1];
                long verdeeld = 0;
                for (int i = 0; i < lijst.size(); i++) {
                    long inwoners = cum[i] - (i == 0 ? 0 : cum[i - 1]);
                    long aantal = i == lijst.size() - 1 ? perJaar - verdeeld : Math.round((double) perJaar * inwoners / totaal);
                    verdeeld += aantal;
                    w.write(lijst.get(i) + "," + jaar + "," + aantal + "\n");
                }
            }
        }
        return new Resultaat(rihgs, huisverboden, personen, politieIncidenten, zaken, politie);
    }

    /**
     * Why no order followed (domain.md §4 step 4), in shares that look like a registration: mostly not needed
     * or criteria not met, and one in twenty without a reason recorded.
     */
    private void redenNietOpgelegd(Map<String, Object> z) {
        double r = redenen.nextDouble();
        String reden = r < 0.40 ? "NIET_NODIG" : r < 0.65 ? "CRITERIA_NIET_VERVULD" : r < 0.75 ? "VERERGERT_SITUATIE"
                : r < 0.85 ? "ORGANISATORISCH" : r < 0.90 ? "PROCEDURE_AFGEBROKEN" : r < 0.95 ? "ANDERS" : null;
        if (reden != null) {
            z.put("redenNietOpgelegd", reden);
        }
    }

    private Map<String, Object> zaak(int i) {
        int jaar = jaarVan + (int) ((long) i * jaren / rihgs);
        String gemeente = gemeente(jaar);
        ZonedDateTime rihg = ZonedDateTime.of(jaar, 1, 1, 0, 0, 0, 0, LegalTime.ZONE)
                .plusMinutes((long) (random.nextDouble() * 365 * 24 * 60));
        LocalDate incident = rihg.minusHours(2 + random.nextInt(20)).toLocalDate();
        boolean order = random.nextDouble() < CONVERSIE;
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("zaakId", "NL-" + jaar + "-" + String.format("%06d", i));
        z.put("gemeenteCode", gemeente);
        z.put("incidentDatum", incident.toString());
        z.put("aanhouding", random.nextDouble() < 0.6);
        List<Map<String, Object>> huishouden = new ArrayList<>();
        String uithuis = persoon(eerdereUithuisgeplaatsten);
        String achter = persoon(eerdereAchterblijvers);
        huishouden.add(Map.of("persoonId", uithuis, "rol", "UITHUISGEPLAATSTE", "geboortejaar", jaar - 20 - random.nextInt(40)));
        huishouden.add(Map.of("persoonId", achter, "rol", "ACHTERBLIJVER", "geboortejaar", jaar - 18 - random.nextInt(45)));
        int kinderen = random.nextDouble() < 0.55 ? 1 + random.nextInt(3) : 0;
        for (int k = 0; k < kinderen; k++) {
            personen++;
            huishouden.add(Map.of("persoonId", "K" + personen, "rol", "KIND", "geboortejaar", jaar - random.nextInt(17)));
        }
        z.put("huishouden", huishouden);
        z.put("rihg", Map.of("afgerondOp", moment(rihg), "advies", order || random.nextDouble() < 0.2 ? "HUISVERBOD"
                : "GEEN_HUISVERBOD"));
        if (!order) {
            redenNietOpgelegd(z);
        }
        if (order) {
            ZonedDateTime opgelegd = rihg.plusMinutes(20 + random.nextInt(200));
            Map<String, Object> hv = new LinkedHashMap<>();
            hv.put("opgelegdOp", moment(opgelegd));
            boolean verlengd = random.nextDouble() < 0.33;
            boolean ingetrokken = !verlengd && random.nextDouble() < 0.05;
            ZonedDateTime einde = opgelegd.plusDays(verlengd ? 28 : 10);
            if (verlengd) {
                hv.put("verlengdOp", moment(opgelegd.plusDays(8).plusHours(random.nextInt(40))));
            }
            if (ingetrokken) {
                einde = opgelegd.plusDays(1 + random.nextInt(8));
                hv.put("ingetrokkenOp", moment(einde));
            }
            hv.put("eindeOp", moment(einde));
            hv.put("vernietigd", random.nextDouble() < 0.01);
            hv.put("advocaat", random.nextDouble() < 0.1);
            z.put("huisverbod", hv);
            if (random.nextDouble() < 0.16) {
                long duur = Duration.between(opgelegd, einde).toMinutes();
                z.put("overtredingen", List.of(Map.of("op", moment(opgelegd.plusMinutes(60 + (long) (random.nextDouble()
                        * Math.max(1, duur - 60)))))));
            }
            List<Map<String, Object>> middelen = new ArrayList<>();
            if (random.nextDouble() < 0.03) {
                middelen.add(Map.of("soort", "VOORLOPIGE_VOORZIENING", "uitkomst", random.nextDouble() < 0.8 ? "AFGEWEZEN"
                        : "GESCHORST"));
            }
            if (random.nextDouble() < 0.01) {
                middelen.add(Map.of("soort", "BEROEP", "uitkomst", "AFGEWEZEN"));
            }
            if (!middelen.isEmpty()) {
                z.put("rechtsmiddelen", middelen);
            }
            if (random.nextDouble() < 0.05) {
                z.put("opvang", Map.of("uithuisgeplaatste", true, "nachten", 1 + random.nextInt(14)));
            }
            z.put("termijnen", termijnen(opgelegd));
            z.put("eersteContacten", List.of(contact("UITHUISGEPLAATSTE", opgelegd), contact("ACHTERBLIJVER", opgelegd)));
            z.put("trajecten", trajecten());
            if (random.nextDouble() < 0.3) {
                z.put("uitkomst", Map.of("geweldstype", kies("PARTNER", "PARTNER", "PARTNER", "EX_PARTNER",
                        "OUDERMISHANDELING", "KINDERMISHANDELING", "COMBINATIE"), "aard", List.of(kies("FYSIEK", "PSYCHISCH",
                        "BEDREIGING")), "ernst", kies("ZEER_ERNSTIG", "ERNSTIG", "BEPERKTE_FREQUENTIE",
                        "EENMALIG_OF_ENKELE_KEREN", "ONBEKEND"), "dreigingAfgenomen", kies("AFGENOMEN", "AFGENOMEN",
                        "NIET_AFGENOMEN", "ONDUIDELIJK")));
            }
        }
        List<Map<String, Object>> nieuw = new ArrayList<>();
        // repeat violence: a little less often after an order than without one (§11), mostly within the year
        int aantal = random.nextDouble() < (order ? 0.27 : 0.33) ? 1 + (random.nextDouble() < 0.3 ? 1 : 0) : 0;
        for (int n = 0; n < aantal; n++) {
            nieuw.add(Map.of("datum", incident.plusDays(5 + random.nextInt(500)).toString(), "bron",
                    random.nextDouble() < 0.75 ? "POLITIE" : "VEILIG_THUIS", "stalking", random.nextDouble() < 0.05));
        }
        if (!nieuw.isEmpty()) {
            z.put("nieuweIncidenten", nieuw);
        }
        return z;
    }

    /** A person key; about one in ten persons was in an earlier case too. */
    private String persoon(List<String> eerder) {
        if (!eerder.isEmpty() && random.nextDouble() < 0.1) {
            return eerder.get(random.nextInt(eerder.size()));
        }
        personen++;
        String key = "P" + personen;
        eerder.add(key);
        return key;
    }

    private List<Map<String, Object>> termijnen(ZonedDateTime opgelegd) {
        List<Map<String, Object>> t = new ArrayList<>();
        t.add(termijn("ACTIVERING_HULP", opgelegd, 4 * 60, 0.85));
        t.add(termijn("EERSTE_CONTACT_ACHTERBLIJVERS", opgelegd, 24 * 60, 0.8));
        t.add(termijn("EERSTE_CONTACT_UITHUISGEPLAATSTE", opgelegd, 24 * 60, 0.7));
        t.add(termijn("ZORGADVIES", opgelegd, 8 * 24 * 60, 0.9));
        t.add(termijn("BELEIDSADVIES", opgelegd, 9 * 24 * 60, 0.9));
        return t;
    }

    private Map<String, Object> termijn(String soort, ZonedDateTime start, int minuten, double gehaald) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("soort", soort);
        t.put("startOp", moment(start));
        t.put("uiterlijkOp", moment(start.plusMinutes(minuten)));
        if (random.nextDouble() < 0.97) {
            double deel = random.nextDouble() < gehaald ? random.nextDouble() : 1 + random.nextDouble();
            t.put("gedaanOp", moment(start.plusMinutes((long) (deel * minuten))));
        }
        return t;
    }

    private Map<String, Object> contact(String rol, ZonedDateTime opgelegd) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("rol", rol);
        if (random.nextDouble() < 0.92) {
            c.put("op", moment(opgelegd.plusMinutes((long) (-Math.log(1 - random.nextDouble()) * 30 * 60))));
        }
        return c;
    }

    private List<Map<String, Object>> trajecten() {
        List<Map<String, Object>> t = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            boolean geaccepteerd = random.nextDouble() < 0.75;
            boolean gestart = geaccepteerd && random.nextDouble() < 0.8;
            boolean afgerond = gestart && random.nextDouble() < 0.6;
            int score = !geaccepteerd ? 1 : !gestart ? 2 : afgerond ? 5 : 3 + random.nextInt(2);
            t.add(Map.of("rol", i == 0 ? "UITHUISGEPLAATSTE" : "ACHTERBLIJVER", "programma", kies("AMW", "GGZ",
                    "VERSLAVINGSZORG", "TRAINING_AGRESSIEREGULATIE", "SYSTEEMTHERAPIE"), "aangeboden", true,
                    "geaccepteerd", geaccepteerd, "gestart", gestart, "afgerond", afgerond, "score", score));
        }
        return t;
    }

    /** The nearest earlier year with population figures (or the first one). */
    private int bevolkingsjaar(int jaar) {
        Integer j = cumulatief.floorKey(jaar);
        return j != null ? j : cumulatief.firstKey();
    }

    private String gemeente(int jaar) {
        jaar = bevolkingsjaar(jaar);
        long[] cum = cumulatief.get(jaar);
        long r = (long) (random.nextDouble() * cum[cum.length - 1]);
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return codes.get(jaar).get(lo);
    }

    private String kies(String... opties) {
        return opties[random.nextInt(opties.length)];
    }

    private static String moment(ZonedDateTime t) {
        return OffsetDateTime.from(t).withNano(0).toString();
    }
}
