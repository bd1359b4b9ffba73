package nl.huisverbod.followup;

import static nl.huisverbod.shared.SqlTime.ts;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.dossier.Dossier;
import nl.huisverbod.dossier.Dossiers;
import nl.huisverbod.dossier.PersonRole;
import nl.huisverbod.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Closing a case: the coordinator codes the outcome (domain.md §10); every item must be answered. */
@Service
public class Afsluiting {

    private final JdbcClient jdbc;
    private final FollowupContext context;
    private final Dossiers dossiers;
    private final ObjectMapper json;
    private final Clock clock;

    Afsluiting(JdbcClient jdbc, FollowupContext context, Dossiers dossiers, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.context = context;
        this.dossiers = dossiers;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Uitkomstcodering close(UUID dossierId, Uitkomstcodering u) {
        Dossier d = context.coordinate(dossierId, "afsluiten dossier");
        var v = new Violations();
        v.require(Monitoring.afterTheOrder(d), "dossier", "followup.monitoring.orderRuns");
        v.require(u.geweldstype() != null, "geweldstype", "validation.required");
        v.require(u.aard() != null && !u.aard().isEmpty(), "aard", "validation.required");
        v.require(u.kindermishandeling() != null, "kindermishandeling", "validation.required");
        boolean children = d.personen().stream().anyMatch(p -> p.rol() == PersonRole.KIND);
        v.require(u.kindermishandeling() == null || (u.kindermishandeling() == Uitkomstcodering.Kindermishandeling.GEEN_KINDEREN)
                != children, "kindermishandeling", "followup.outcome.children");
        v.require(u.ernst() != null, "ernst", "validation.required");
        v.require(u.intiemTerrorisme() != null, "intiemTerrorisme", "validation.required");
        v.require(u.steunendNetwerk() != null, "steunendNetwerk", "validation.required");
        v.require(u.eerderHuisverbod() != null, "eerderHuisverbod", "validation.required");
        v.require(u.bekendBijVtOfPolitie() != null, "bekendBijVtOfPolitie", "validation.required");
        v.require(u.dreigingAfgenomen() != null, "dreigingAfgenomen", "validation.required");
        v.require(u.hulpGestartIemand() != null, "hulpGestartIemand", "validation.required");
        v.require(u.hulpGestartAchterblijvers() != null, "hulpGestartAchterblijvers", "validation.required");
        v.require(u.hulpGestartUithuisgeplaatste() != null, "hulpGestartUithuisgeplaatste", "validation.required");
        v.require(u.huishoudenVeranderd() != null, "huishoudenVeranderd", "validation.required");
        v.require(u.partnersUitElkaar() != null, "partnersUitElkaar", "validation.required");
        v.throwIfAny();
        jdbc.sql("insert into uitkomst (dossier_id, codering, gesloten_op, gesloten_door) values (?, ?::jsonb, ?, ?)")
                .params(d.id(), json.writeValueAsString(u), ts(clock.instant()), context.user().displayName()).update();
        dossiers.close(d.id());
        context.write(d, "uitkomst", d.id(), d.personIds(), "afsluiten dossier", u.geweldstype() + ", " + u.ernst());
        return u;
    }

    @Transactional
    public Optional<Uitkomstcodering> outcome(UUID dossierId) {
        context.read(dossierId, "inzien uitkomst");
        return jdbc.sql("select codering from uitkomst where dossier_id = ?").param(dossierId).query(String.class)
                .optional().map(s -> json.readValue(s, Uitkomstcodering.class));
    }
}
