package nl.huisverbod.figures;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.huisverbod.decision.RedenNietOpleggen;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.enforcement.Rechtsmiddel;
import nl.huisverbod.followup.Medewerkingsscore;
import nl.huisverbod.followup.Uitkomstcodering;
import nl.huisverbod.followup.Uitkomstcodering.HulpGestart;
import nl.huisverbod.followup.Uitkomstcodering.JaNeeOnbekend;
import nl.huisverbod.incidents.Incident;
import nl.huisverbod.shared.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One line of the case import (docs/import-zaken.md, docs/zaak-import.schema.json) to {@link ZaakFeiten}, or
 * every violation in it. Logical contradictions inside a line (a decision before its own order, a funnel step
 * without the one before) reject the line; what is merely implausible (a breach outside the order period) is
 * kept and shown under data quality, because historical registrations are like that.
 */
final class ZaakRegelParser {

    static final Set<String> VELDEN = Set.of("zaakId", "gemeenteCode", "incidentDatum", "aanhouding", "huishouden",
            "rihg", "huisverbod", "overtredingen", "rechtsmiddelen", "opvang", "termijnen", "eersteContacten",
            "trajecten", "nieuweIncidenten", "uitkomst", "redenNietOpgelegd");

    private final ObjectMapper json;
    private final Predicate<String> gemeenteBestaat;
    private final Set<String> termijnSoorten;

    ZaakRegelParser(ObjectMapper json, Predicate<String> gemeenteBestaat, Set<String> termijnSoorten) {
        this.json = json;
        this.gemeenteBestaat = gemeenteBestaat;
        this.termijnSoorten = termijnSoorten;
    }

    record Uitkomst(ZaakFeiten feiten, Violations violations) {
    }

    Uitkomst parse(String bron, String regel) {
        var v = new Violations();
        JsonNode root;
        try {
            root = json.readTree(regel);
        } catch (JacksonException e) {
            v.add("regel", "figures.import.json", e.getOriginalMessage());
            return new Uitkomst(null, v);
        }
        if (root == null || !root.isObject()) {
            v.add("regel", "figures.import.notObject");
            return new Uitkomst(null, v);
        }
        var r = new JsonVelden(root, "", v, VELDEN);
        String zaakId = r.tekst("zaakId", true, 100);
        String gemeente = r.tekst("gemeenteCode", true, 6);
        if (gemeente != null && !gemeenteBestaat.test(gemeente)) {
            v.add("gemeenteCode", "dossier.gemeente.unknown");
        }
        var incidentDatum = r.datum("incidentDatum", false);
        Boolean aanhouding = r.jaNee("aanhouding");
        List<ZaakFeiten.Persoon> huishouden = r.lijst("huishouden", Set.of("persoonId", "rol", "geboortejaar"),
                p -> new ZaakFeiten.Persoon(p.tekst("persoonId", true, 100), p.keuze("rol", PersonRole.class, true),
                        p.getal("geboortejaar", 1900, 2100)));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < huishouden.size(); i++) {
            if (huishouden.get(i).key() != null && !keys.add(huishouden.get(i).key())) {
                v.add("huishouden[" + i + "].persoonId", "figures.import.duplicatePerson");
            }
        }
        ZaakFeiten.Rihg rihg = null;
        JsonVelden rv = r.object("rihg", Set.of("afgerondOp", "advies"));
        if (rv != null) {
            rihg = new ZaakFeiten.Rihg(rv.moment("afgerondOp", true), rv.keuze("advies", ZaakFeiten.Advies.class, false));
        }
        ZaakFeiten.Huisverbod huisverbod = huisverbod(r.object("huisverbod",
                Set.of("opgelegdOp", "eindeOp", "verlengdOp", "ingetrokkenOp", "vernietigd", "advocaat")), v);
        v.require(rihg != null || huisverbod != null, "rihg", "figures.import.rihgOrOrder");
        List<Instant> overtredingen = r.lijst("overtredingen", Set.of("op"), o -> o.moment("op", true));
        List<ZaakFeiten.RechtsmiddelFeit> rechtsmiddelen = r.lijst("rechtsmiddelen", Set.of("soort", "uitkomst"),
                m -> new ZaakFeiten.RechtsmiddelFeit(m.keuze("soort", Rechtsmiddel.Soort.class, true),
                        m.keuze("uitkomst", Rechtsmiddel.Uitkomst.class, false)));
        v.require(huisverbod != null || (overtredingen.isEmpty() && rechtsmiddelen.isEmpty()), "huisverbod",
                "figures.import.orderNeeded");
        ZaakFeiten.Opvang opvang = null;
        JsonVelden ov = r.object("opvang", Set.of("uithuisgeplaatste", "nachten"));
        if (ov != null) {
            Boolean u = ov.jaNee("uithuisgeplaatste");
            opvang = new ZaakFeiten.Opvang(Boolean.TRUE.equals(u), ov.getal("nachten", 0, 10_000));
        }
        List<ZaakFeiten.Termijn> termijnen = r.lijst("termijnen", Set.of("soort", "startOp", "uiterlijkOp", "gedaanOp"),
                t -> termijn(t, v));
        List<ZaakFeiten.EersteContact> contacten = r.lijst("eersteContacten", Set.of("rol", "op"),
                c -> new ZaakFeiten.EersteContact(c.keuze("rol", PersonRole.class, true), c.moment("op", false)));
        List<ZaakFeiten.Traject> trajecten = r.lijst("trajecten", Set.of("rol", "programma", "aangeboden",
                "geaccepteerd", "gestart", "afgerond", "score", "uitvalreden"), t -> traject(t, v));
        List<ZaakFeiten.NieuwIncident> nieuw = r.lijst("nieuweIncidenten", Set.of("datum", "bron", "stalking"),
                n -> new ZaakFeiten.NieuwIncident(n.datum("datum", true), n.keuze("bron", Incident.Bron.class, true),
                        Boolean.TRUE.equals(n.jaNee("stalking"))));
        Uitkomstcodering uitkomst = uitkomst(r.object("uitkomst", UITKOMST_VELDEN));
        RedenNietOpleggen reden = r.keuze("redenNietOpgelegd", RedenNietOpleggen.class, false);
        v.require(reden == null || huisverbod == null, "redenNietOpgelegd", "figures.import.reasonWithOrder");
        if (!v.isEmpty()) {
            return new Uitkomst(null, v);
        }
        return new Uitkomst(new ZaakFeiten(bron, zaakId, gemeente, incidentDatum, aanhouding, huishouden, rihg,
                huisverbod, overtredingen, rechtsmiddelen, opvang, termijnen, contacten, trajecten, nieuw, uitkomst,
                reden), v);
    }

    private static ZaakFeiten.Huisverbod huisverbod(JsonVelden h, Violations v) {
        if (h == null) {
            return null;
        }
        Instant opgelegd = h.moment("opgelegdOp", true);
        Instant einde = h.moment("eindeOp", false);
        Instant verlengd = h.moment("verlengdOp", false);
        Instant ingetrokken = h.moment("ingetrokkenOp", false);
        notBefore(einde, opgelegd, h.veld("eindeOp"), v);
        notBefore(verlengd, opgelegd, h.veld("verlengdOp"), v);
        notBefore(ingetrokken, opgelegd, h.veld("ingetrokkenOp"), v);
        return new ZaakFeiten.Huisverbod(opgelegd, einde, verlengd, ingetrokken, Boolean.TRUE.equals(h.jaNee("vernietigd")),
                h.jaNee("advocaat"));
    }

    private ZaakFeiten.Termijn termijn(JsonVelden t, Violations v) {
        String soort = t.tekst("soort", true, 60);
        if (soort != null && !termijnSoorten.contains(soort)) {
            v.add(t.veld("soort"), "figures.import.choice", String.join(", ", termijnSoorten.stream().sorted().toList()));
        }
        Instant start = t.moment("startOp", true);
        Instant uiterlijk = t.moment("uiterlijkOp", true);
        Instant gedaan = t.moment("gedaanOp", false);
        notBefore(uiterlijk, start, t.veld("uiterlijkOp"), v);
        notBefore(gedaan, start, t.veld("gedaanOp"), v);
        return new ZaakFeiten.Termijn(soort, start, uiterlijk, gedaan);
    }

    /** §9: each step of the funnel needs the one before; the score is 1–5. */
    private static ZaakFeiten.Traject traject(JsonVelden t, Violations v) {
        boolean aangeboden = Boolean.TRUE.equals(t.jaNee("aangeboden"));
        boolean geaccepteerd = Boolean.TRUE.equals(t.jaNee("geaccepteerd"));
        boolean gestart = Boolean.TRUE.equals(t.jaNee("gestart"));
        boolean afgerond = Boolean.TRUE.equals(t.jaNee("afgerond"));
        v.require(aangeboden || !geaccepteerd, t.veld("geaccepteerd"), "followup.funnel.stepMissing");
        v.require(geaccepteerd || !gestart, t.veld("gestart"), "followup.funnel.stepMissing");
        v.require(gestart || !afgerond, t.veld("afgerond"), "followup.funnel.stepMissing");
        Integer score = t.getal("score", 1, 5);
        v.require(score == null || Medewerkingsscore.pastBij(score, geaccepteerd, gestart, afgerond), t.veld("score"),
                "followup.funnel.scoreSteps");
        return new ZaakFeiten.Traject(t.keuze("rol", PersonRole.class, true), t.tekst("programma", true, 100),
                aangeboden, geaccepteerd, gestart, afgerond, score, t.tekst("uitvalreden", false, 200));
    }

    static final Set<String> UITKOMST_VELDEN = Set.of("geweldstype", "aard", "kindermishandeling", "ernst",
            "intiemTerrorisme", "steunendNetwerk", "eerderHuisverbod", "bekendBijVtOfPolitie", "dreigingAfgenomen",
            "hulpGestartIemand", "hulpGestartAchterblijvers", "hulpGestartUithuisgeplaatste", "huishoudenVeranderd",
            "partnersUitElkaar");

    private static Uitkomstcodering uitkomst(JsonVelden u) {
        if (u == null) {
            return null;
        }
        Set<Uitkomstcodering.Aard> aard = new HashSet<>(u.lijstVanKeuzes("aard", Uitkomstcodering.Aard.class));
        return new Uitkomstcodering(u.keuze("geweldstype", Uitkomstcodering.Geweldstype.class, false), Set.copyOf(aard),
                u.keuze("kindermishandeling", Uitkomstcodering.Kindermishandeling.class, false),
                u.keuze("ernst", Uitkomstcodering.Ernst.class, false),
                u.keuze("intiemTerrorisme", JaNeeOnbekend.class, false),
                u.keuze("steunendNetwerk", Uitkomstcodering.Netwerk.class, false),
                u.keuze("eerderHuisverbod", JaNeeOnbekend.class, false),
                u.keuze("bekendBijVtOfPolitie", JaNeeOnbekend.class, false),
                u.keuze("dreigingAfgenomen", Uitkomstcodering.Dreiging.class, false),
                u.keuze("hulpGestartIemand", HulpGestart.class, false),
                u.keuze("hulpGestartAchterblijvers", HulpGestart.class, false),
                u.keuze("hulpGestartUithuisgeplaatste", HulpGestart.class, false),
                u.keuze("huishoudenVeranderd", JaNeeOnbekend.class, false),
                u.keuze("partnersUitElkaar", JaNeeOnbekend.class, false));
    }

    private static void notBefore(Instant later, Instant earlier, String veld, Violations v) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            v.add(veld, "figures.import.before");
        }
    }
}
