package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.dossier.Persoon;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Screenings of those staying behind and of the children, on the configured forms. */
@Service
public class Screenings {

    private final JdbcClient jdbc;
    private final CareContext care;
    private final Formulieren formulieren;
    private final ObjectMapper json;

    Screenings(JdbcClient jdbc, CareContext care, Formulieren formulieren, ObjectMapper json) {
        this.jdbc = jdbc;
        this.care = care;
        this.formulieren = formulieren;
        this.json = json;
    }

    /**
     * Saves the answers (a draft, or final when {@code definitief}: then every required topic must be
     * answered). {@code version} null starts the screening.
     */
    @Transactional
    public Screening save(UUID dossierId, UUID persoonId, String formulierCode, Integer version,
                          Map<String, String> antwoorden, boolean definitief) {
        Dossier d = care.change(dossierId, Onderdeel.SCREENING, "screening", Role.VT_COORDINATOR, Role.ZORGPROFESSIONAL);
        care.requireImposed(dossierId);
        var v = new Violations();
        Optional<Formulier> form = formulieren.find(formulierCode);
        v.require(form.isPresent(), "formulier", "care.screening.unknownForm");
        Optional<Persoon> persoon = d.personen().stream().filter(p -> p.id().equals(persoonId)).findFirst();
        v.require(persoon.isPresent(), "persoonId", "care.contact.unknownPerson");
        if (form.isPresent() && persoon.isPresent()) {
            v.require(form.get().voor().contains(persoon.get().rol()), "formulier", "care.screening.notForPerson");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        if (form.isPresent()) {
            Map<String, String> given = antwoorden == null ? Map.of() : antwoorden;
            given.keySet().stream().filter(k -> form.get().onderwerpen().stream().noneMatch(o -> o.code().equals(k)))
                    .forEach(k -> v.add("antwoorden." + k, "care.screening.unknownTopic"));
            for (Formulier.Onderwerp o : form.get().onderwerpen()) {
                String a = given.get(o.code());
                String field = "antwoorden." + o.code();
                if (a == null || a.isBlank()) {
                    v.require(!definitief || !o.verplicht(), field, "validation.required");
                    continue;
                }
                if (o.type() == Formulier.Type.KEUZE) {
                    v.require(o.opties().contains(a), field, "validation.invalidFormat");
                } else {
                    v.optionalText(a, field, 4000);
                }
                clean.put(o.code(), a.trim());
            }
        }
        Optional<Screening> existing = find(dossierId, persoonId, formulierCode);
        v.require(existing.isEmpty() || !existing.get().definitief(), "definitief", "care.screening.final");
        v.throwIfAny();
        String answers = json.writeValueAsString(clean);
        var now = care.now();
        if (version == null) {
            try {
                jdbc.sql("""
                        insert into screening (id, dossier_id, persoon_id, formulier, formulier_versie, antwoorden,
                            definitief, version, updated_at, updated_by_name) values (?, ?, ?, ?, ?, ?::jsonb, ?, 0, ?, ?)""")
                        .params(UUID.randomUUID(), d.id(), persoonId, formulierCode, form.get().versie(), answers,
                                definitief, ts(now), care.user().displayName()).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("screening started by someone else");
            }
        } else if (jdbc.sql("""
                update screening set antwoorden = ?::jsonb, definitief = ?, version = version + 1, updated_at = ?,
                    updated_by_name = ? where dossier_id = ? and persoon_id = ? and formulier = ? and version = ?""")
                .params(answers, definitief, ts(now), care.user().displayName(), dossierId, persoonId, formulierCode,
                        version).update() == 0) {
            throw new OptimisticLockingFailureException("screening changed by someone else");
        }
        care.write(d, "screening", d.id(), List.of(persoonId), "screening", formulierCode + (definitief ? ", definitief" : ""));
        return find(dossierId, persoonId, formulierCode).orElseThrow();
    }

    @Transactional
    public List<Screening> list(UUID dossierId) {
        care.read(dossierId, Onderdeel.SCREENING, "inzien screenings");
        return jdbc.sql("select * from screening where dossier_id = ? order by updated_at").param(dossierId)
                .query(this::map).list();
    }

    private Optional<Screening> find(UUID dossierId, UUID persoonId, String formulier) {
        return jdbc.sql("select * from screening where dossier_id = ? and persoon_id = ? and formulier = ?")
                .params(dossierId, persoonId, formulier).query(this::map).optional();
    }

    private Screening map(ResultSet rs, int row) throws SQLException {
        Map<String, String> answers = json.readValue(rs.getString("antwoorden"), new TypeReference<LinkedHashMap<String, String>>() { });
        return new Screening(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("persoon_id", UUID.class),
                rs.getString("formulier"), rs.getString("formulier_versie"), answers, rs.getBoolean("definitief"),
                instant(rs, "updated_at"), rs.getString("updated_by_name"));
    }
}
