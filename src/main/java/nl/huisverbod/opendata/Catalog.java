package nl.huisverbod.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.huisverbod.platform.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The open data described for catalogues and tools, in both languages: the whole as a DCAT catalogue (DCAT-AP,
 * JSON-LD, the form data.overheid.nl harvests) and each CSV file with its W3C CSVW metadata (columns, types,
 * keys), which a reader of the file alone needs to read it right.
 */
@Component
class Catalog {

    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);
    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private final OpenData openData;
    private final Messages messages;
    private final String baseUrl;
    private final String email;

    Catalog(OpenData openData, Messages messages, @Value("${huisverbod.base-url}") String baseUrl,
            @Value("${huisverbod.api.contact-email:beheer@huisverbod.example}") String email) {
        this.openData = openData;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.email = email;
    }

    /** The DCAT catalogue of the newest version: a dataset per table with its CSV and API distributions. */
    Map<String, Object> dcat(Release release) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("owl", "http://www.w3.org/2002/07/owl#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context);
        catalog.put("@id", baseUrl + "/api/v1/open-data/catalogus");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", text("opendata.catalog.title"));
        catalog.put("dct:description", text("opendata.catalog.description"));
        catalog.put("dct:publisher", publisher());
        catalog.put("dct:license", id(CC0));
        catalog.put("dct:language", List.of(id(EU + "language/NLD"), id(EU + "language/ENG")));
        catalog.put("dct:modified", dateTime(release));
        catalog.put("foaf:homepage", id(baseUrl + "/open-data"));
        List<Object> datasets = new ArrayList<>();
        for (OpenDataTable table : OpenDataTable.values()) {
            datasets.add(dataset(table, release));
        }
        catalog.put("dcat:dataset", datasets);
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("@id", baseUrl + "/api/v1/open-data/tabellen");
        service.put("@type", "dcat:DataService");
        service.put("dct:title", text("opendata.api.title"));
        service.put("dcat:endpointURL", id(baseUrl + "/api/v1/open-data"));
        service.put("dcat:endpointDescription", id(baseUrl + "/api/v1/openapi.json"));
        service.put("dct:license", id(CC0));
        service.put("dcat:servesDataset", datasets.stream().map(d -> id((String) ((Map<?, ?>) d).get("@id"))).toList());
        catalog.put("dcat:service", List.of(service));
        return catalog;
    }

    private Map<String, Object> dataset(OpenDataTable table, Release release) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", baseUrl + "/open-data#" + table.key());
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", table.key());
        d.put("dct:title", text("figures.title." + table.key()));
        List<Map<String, String>> description = new ArrayList<>();
        for (Locale l : LANGUAGES) {
            description.add(literal(String.join(" ", openData.notes(table, release, l)), l));
        }
        d.put("dct:description", description);
        d.put("dcat:keyword", LANGUAGES.stream().flatMap(l -> java.util.Arrays.stream(
                messages.get(l, "opendata.keywords").split(", ")).map(k -> literal(k, l))).toList());
        d.put("dcat:theme", id(EU + "data-theme/JUST"));
        d.put("dct:publisher", publisher());
        d.put("dcat:contactPoint", Map.of("@type", "vcard:Kind", "vcard:fn", messages.get("opendata.publisher"),
                "vcard:hasEmail", id("mailto:" + email)));
        d.put("dct:license", id(CC0));
        d.put("dct:accessRights", id(EU + "access-right/PUBLIC"));
        d.put("dct:modified", dateTime(release));
        d.put("owl:versionInfo", String.valueOf(release.versie()));
        d.put("dct:accrualPeriodicity", id(EU + "frequency/IRREG"));
        d.put("dct:spatial", id(EU + "country/NLD"));
        d.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime",
                "dcat:startDate", Map.of("@value", release.eersteJaar() + "-01-01", "@type", "xsd:date"),
                "dcat:endDate", Map.of("@value", release.laatsteJaar() + "-12-31", "@type", "xsd:date")));
        String csv = openData.csvUrl(table, release);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("@id", csv);
        file.put("@type", "dcat:Distribution");
        file.put("dct:title", text("opendata.distribution.csv"));
        file.put("dcat:downloadURL", id(csv));
        file.put("dcat:accessURL", id(csv));
        file.put("dcat:mediaType", id("http://www.iana.org/assignments/media-types/text/csv"));
        file.put("dct:format", id(EU + "file-type/CSV"));
        file.put("dct:conformsTo", id(csv + "-metadata.json"));
        file.put("dct:license", id(CC0));
        String api = baseUrl + "/api/v1/open-data/tabellen/" + table.key() + "/observaties";
        Map<String, Object> viaApi = new LinkedHashMap<>();
        viaApi.put("@id", api);
        viaApi.put("@type", "dcat:Distribution");
        viaApi.put("dct:title", text("opendata.distribution.api"));
        viaApi.put("dcat:accessURL", id(api));
        viaApi.put("dcat:accessService", id(baseUrl + "/api/v1/open-data/tabellen"));
        viaApi.put("dcat:mediaType", id("http://www.iana.org/assignments/media-types/application/json"));
        viaApi.put("dct:format", id(EU + "file-type/JSON"));
        viaApi.put("dct:license", id(CC0));
        d.put("dcat:distribution", List.of(file, viaApi));
        return d;
    }

    /** The CSVW metadata of a table's CSV file in a version ({@code <file>-metadata.json} beside it). */
    Map<String, Object> csvw(OpenDataTable table, Release release) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "nl")));
        m.put("url", openData.csvUrl(table, release));
        m.put("dc:title", text("figures.title." + table.key()));
        m.put("dc:license", id(CC0));
        m.put("dc:modified", dateTime(release));
        m.put("schema:version", String.valueOf(release.versie()));
        m.put("dialect", Map.of("header", true, "delimiter", ",", "encoding", "utf-8", "lineTerminators", List.of("\r\n")));
        String measures = String.join("|", table.measures.stream().map(OpenDataTable.Measure::key).toList());
        String levels = String.join("|", OpenDataPublisher.LEVELS.stream().map(Enum::name).toList());
        Map<String, Object> datatypes = Map.of("id", "integer", "maat", Map.of("base", "string", "format", measures),
                "niveau", Map.of("base", "string", "format", levels), "gebied", "string", "gebiedsnaam", "string",
                "periode", "gYear", "categorie", "string", "waarde", "double", "status", Map.of("base", "string",
                        "format", "WAARDE|ONDERDRUKT|GEEN_WAARDE|GEEN_TOESTEMMING|GEEN_GEGEVENS"));
        List<Map<String, Object>> columns = OpenData.columns(table).stream()
                .map(name -> column(name, datatypes.get(name))).toList();
        m.put("tableSchema", Map.of("columns", columns, "primaryKey", "id"));
        List<Map<String, String>> notes = new ArrayList<>();
        for (Locale l : LANGUAGES) {
            for (OpenDataTable.Measure measure : table.measures) {
                notes.add(literal(measure.key() + ": " + messages.get(l, "figures.column." + measure.key()) + " ("
                        + messages.get(l, "opendata.unit." + measure.kind().name()) + ")", l));
            }
            for (OpenData.CategoryDescription c : openData.categories(table, release, l)) {
                notes.add(literal(c.sleutel() + ": " + c.titel(), l));
            }
            openData.notes(table, release, l).forEach(n -> notes.add(literal(n, l)));
        }
        m.put("notes", notes);
        return m;
    }

    private Map<String, Object> column(String name, Object datatype) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("titles", name);
        c.put("datatype", datatype);
        c.put("dc:description", text("opendata.column." + name));
        if (name.equals("waarde") || name.equals("categorie")) {
            c.put("null", "");
        } else {
            c.put("required", true);
        }
        return c;
    }

    private Map<String, Object> publisher() {
        return Map.of("@type", "foaf:Agent", "foaf:name", messages.get(Locale.forLanguageTag("nl"), "opendata.publisher"));
    }

    private List<Map<String, String>> text(String key) {
        return LANGUAGES.stream().map(l -> literal(messages.get(l, key), l)).toList();
    }

    private static Map<String, String> literal(String value, Locale language) {
        return Map.of("@value", value, "@language", language.getLanguage());
    }

    private static Map<String, String> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, String> dateTime(Release release) {
        return Map.of("@value", release.gepubliceerdOp().toString(), "@type", "xsd:dateTime");
    }
}
