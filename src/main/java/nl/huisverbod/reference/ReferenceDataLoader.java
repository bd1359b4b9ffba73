package nl.huisverbod.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.huisverbod.shared.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped reference files into their tables. Idempotent (upserts), so a newer file shipped with a
 * release simply updates the data. Called at start-up before anything that routes cases.
 */
@Component
@Order(0)
public class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private final JdbcClient jdbc;

    ReferenceDataLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    @Transactional
    public void load() {
        List<Map<String, String>> municipalities = read("municipalities.csv");
        for (var r : municipalities) {
            jdbc.sql("""
                    insert into ref_municipality (code, name, province, safety_region_code, safety_region_name,
                        police_unit, vt_region, valid_from_year, valid_to_year)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (code) do update set name = excluded.name, province = excluded.province,
                        safety_region_code = excluded.safety_region_code, safety_region_name = excluded.safety_region_name,
                        police_unit = excluded.police_unit, vt_region = excluded.vt_region,
                        valid_from_year = excluded.valid_from_year, valid_to_year = excluded.valid_to_year""")
                    .params(r.get("code"), r.get("name"), r.get("province"), r.get("safety_region_code"),
                            r.get("safety_region_name"), r.get("police_unit"), r.get("vt_region"),
                            toInt(r.get("valid_from_year")), toInt(r.get("valid_to_year")))
                    .update();
        }
        for (var r : read("regions.csv")) {
            jdbc.sql("""
                    insert into ref_region (region_type, code, name) values (?, ?, ?)
                    on conflict (region_type, code) do update set name = excluded.name""")
                    .params(r.get("region_type"), r.get("code"), r.get("name")).update();
        }
        List<Map<String, String>> populationRows = read("population.csv");
        for (var r : populationRows) {
            jdbc.sql("""
                    insert into ref_population (code, year, population) values (?, ?, ?)
                    on conflict (code, year) do update set population = excluded.population""")
                    .params(r.get("code"), toInt(r.get("year")), toInt(r.get("population"))).update();
        }
        List<Map<String, String>> mergers = read("mergers.csv");
        for (var r : mergers) {
            jdbc.sql("""
                    insert into ref_merger (old_code, old_name, new_code, new_name, year) values (?, ?, ?, ?, ?)
                    on conflict (old_code, new_code) do nothing""")
                    .params(r.get("old_code"), r.get("old_name"), r.get("new_code"), r.get("new_name"),
                            toInt(r.get("year"))).update();
        }
        Map<String, Map<Integer, Integer>> population = new java.util.HashMap<>();
        for (var r : populationRows) {
            population.computeIfAbsent(r.get("code"), k -> new java.util.HashMap<>())
                    .put(toInt(r.get("year")), toInt(r.get("population")));
        }
        Map<String, String> successors = Successors.of(
                municipalities.stream().map(r -> r.get("code")).toList(),
                municipalities.stream().filter(r -> r.get("valid_to_year") == null).map(r -> r.get("code"))
                        .collect(java.util.stream.Collectors.toSet()),
                mergers.stream().map(r -> new Successors.Merger(r.get("old_code"), r.get("new_code"),
                        toInt(r.get("year")))).toList(),
                population);
        successors.forEach((code, successor) -> jdbc.sql("update ref_municipality set successor_code = ? where code = ?")
                .params(successor, code).update());
        log.info("Reference data loaded: {} municipalities", municipalities.size());
    }

    private static List<Map<String, String>> read(String file) {
        try (var in = new ClassPathResource("reference/" + file).getInputStream()) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + file, e);
        }
    }

    private static Integer toInt(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
