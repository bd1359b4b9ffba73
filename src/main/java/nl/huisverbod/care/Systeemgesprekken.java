package nl.huisverbod.care;

import static nl.huisverbod.shared.SqlTime.instant;
import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Systeemgesprekken {

    private final JdbcClient jdbc;
    private final CareContext care;

    Systeemgesprekken(JdbcClient jdbc, CareContext care) {
        this.jdbc = jdbc;
        this.care = care;
    }

    @Transactional
    public Systeemgesprek record(UUID dossierId, Instant moment, String deelnemers, String verslag) {
        Dossier d = care.coordinate(dossierId, Onderdeel.SYSTEEMGESPREK, "systeemgesprek");
        java.time.Instant imposed = care.requireImposed(dossierId);
        var v = new Violations();
        care.checkMoment(v, "moment", moment, imposed);
        v.requireText(deelnemers, "deelnemers", 2000);
        v.requireText(verslag, "verslag", 8000);
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into systeemgesprek (id, dossier_id, moment, deelnemers, verslag, recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.id(), ts(moment), deelnemers.trim(), verslag.trim(), care.user().displayName(),
                        ts(care.now())).update();
        care.write(d, "systeemgesprek", id, d.personIds(), "systeemgesprek", null);
        care.announce(d, HulpverleningStap.Stap.SYSTEEMGESPREK_GEVOERD, moment);
        return list(dossierId).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public List<Systeemgesprek> list(UUID dossierId) {
        care.read(dossierId, Onderdeel.SYSTEEMGESPREK, "inzien systeemgesprekken");
        return jdbc.sql("select * from systeemgesprek where dossier_id = ? order by moment").param(dossierId)
                .query((rs, n) -> new Systeemgesprek(rs.getObject("id", UUID.class), instant(rs, "moment"),
                        rs.getString("deelnemers"), rs.getString("verslag"), rs.getString("recorded_by_name")))
                .list();
    }
}
