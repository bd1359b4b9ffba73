package nl.huisverbod.decision;

import static nl.huisverbod.support.CaseFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.huisverbod.identity.RunAs;
import nl.huisverbod.support.ApiTestSupport;
import nl.huisverbod.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import tools.jackson.databind.JsonNode;

/**
 * Every document the product issues is archived as PDF/A-3u (Wth 10: kept five years, readable then) and is
 * accessible as PDF/UA-1, checked by veraPDF: the beschikking, the verlengings- and herstelbeschikking, the
 * intrekkingsbesluit, and both leaflets in every language.
 */
@IntegrationTest
class PdfComplianceTest extends ApiTestSupport {

    @Autowired
    Besluiten besluiten;
    @Autowired
    RunAs runAs;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void every_beschikking_and_every_leaflet_passes_pdfa_3u_and_pdfua_1() throws Exception {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        String id = cases.readyForDecision("hovj", "GM0106");
        JsonNode hv = require(api.post("hovj", "/api/v1/dossiers/" + id + "/besluit",
                cases.impose("Partner geslagen; buren hoorden geschreewu.")), 200).json();
        String first = hv.path("beschikkingen").get(0).path("id").asString();
        hv = require(api.post("burgemeester.assen", "/api/v1/dossiers/" + id + "/verlenging", Map.of(
                "version", hv.path("version").asInt(),
                "eindigtOp", Instant.parse(hv.path("opgelegdOp").asString()).plus(Duration.ofDays(20)).toString(),
                "redenen", "Dreiging houdt aan.", "nietGehoordReden", "Niet bereikbaar.",
                "zorgadviesOntbreektReden", "Spoed.", "beleidsadviesOntbreektReden", "Spoed.")), 200).json();
        require(api.post("jurist.assen", "/api/v1/dossiers/" + id + "/herstelbeschikkingen", Map.of(
                "version", hv.path("version").asInt(), "beschikkingId", first, "vormfout", "SCHRIJFFOUT",
                "onjuist", "geschreewu", "juist", "geschreeuw")), 201);
        String other = cases.readyForDecision("hovj", "GM0106");
        JsonNode second = require(api.post("hovj", "/api/v1/dossiers/" + other + "/besluit",
                cases.impose("Mishandeling.")), 200).json();
        require(api.post("burgemeester.assen", "/api/v1/dossiers/" + other + "/intrekking", Map.of(
                "version", second.path("version").asInt(), "reden", "HULP_AANVAARD")), 200);
        for (String dossier : List.of(id, other)) {
            for (JsonNode b : api.get("jurist.assen", "/api/v1/dossiers/" + dossier + "/huisverbod").json()
                    .path("beschikkingen")) {
                documents.put(b.path("soort").asString() + " " + b.path("nummer").asString(), api.get("jurist.assen",
                        "/api/v1/dossiers/" + dossier + "/beschikkingen/" + b.path("id").asString()).bytes());
            }
        }
        for (String language : besluiten.leafletLanguages()) {
            documents.put("folder uithuisgeplaatste " + language,
                    runAs.call("hovj", () -> besluiten.leaflet(java.util.UUID.fromString(id), true, language)));
            documents.put("folder achterblijvers " + language,
                    runAs.call("hovj", () -> besluiten.leaflet(java.util.UUID.fromString(id), false, language)));
        }
        assertThat(documents.keySet()).anyMatch(k -> k.startsWith("OPLEGGING")).anyMatch(k -> k.startsWith("VERLENGING"))
                .anyMatch(k -> k.startsWith("HERSTEL")).anyMatch(k -> k.startsWith("INTREKKING")).hasSize(15);

        for (var d : documents.entrySet()) {
            assertThat(failures(d.getValue(), PDFAFlavour.PDFA_3_U)).as(d.getKey() + " PDF/A-3u").isEmpty();
            assertThat(failures(d.getValue(), PDFAFlavour.PDFUA_1)).as(d.getKey() + " PDF/UA-1").isEmpty();
        }
        for (var d : documents.entrySet()) {
            if (d.getKey().startsWith("folder") && !d.getKey().endsWith(" ar")) {
                assertThat(text(d.getValue())).as(d.getKey()).contains("112", "0800-2000");
            }
        }
        assertThat(text(documents.get("folder achterblijvers tr"))).contains("Bu bir çeviridir", "Hollandaca metin");
        assertThat(text(documents.get("folder uithuisgeplaatste pl"))).contains("Wiążący jest tekst");
        // Arabic: joined letter forms (read back to their base letters), right to left, in the embedded Arabic font
        byte[] arabic = documents.get("folder achterblijvers ar");
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/folder-achterblijvers-ar.pdf"), arabic);
        assertThat(Normalizer.normalize(text(arabic), Normalizer.Form.NFKC)).contains("النص الهولندي", "112", "0800", "2000");
        assertThat(fontsOf(arabic)).anyMatch(f -> f.contains("NotoNaskhArabic"));
        // a document without Arabic script is made without the Arabic font and the bidi pass (half its cost)
        byte[] dutch = documents.entrySet().stream().filter(e -> e.getKey().startsWith("OPLEGGING")).findFirst()
                .orElseThrow().getValue();
        assertThat(fontsOf(dutch)).isNotEmpty().noneMatch(f -> f.contains("NotoNaskhArabic"));
        assertThat(PdfRenderer.hasArabic("Piet Testpersoon")).isFalse();
        assertThat(PdfRenderer.hasArabic("Ahmad (أحمد) Testpersoon")).isTrue();
        // read as printed, left to right: the numbers keep their order inside the right-to-left lines
        assertThat(linesAsPrinted(arabic)).anyMatch(l -> l.contains("Veilig Thuis 0800-2000"))
                .anyMatch(l -> l.startsWith(".112 "));
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             var validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<String> linesAsPrinted(byte[] pdf) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                StringBuilder line = new StringBuilder();
                positions.stream().sorted(java.util.Comparator.comparing(
                        org.apache.pdfbox.text.TextPosition::getXDirAdj)).forEach(p -> line.append(p.getUnicode()));
                lines.add(Normalizer.normalize(line, Normalizer.Form.NFKC));
            }
        };
        try (var doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return lines;
    }

    private static List<String> fontsOf(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            List<String> names = new java.util.ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
            return names;
        }
    }
}
