package nl.huisverbod.zgw;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.LinkSecrets;
import nl.huisverbod.identity.Role;
import nl.huisverbod.shared.AccessDeniedException;
import nl.huisverbod.shared.InvalidInputException;
import nl.huisverbod.shared.LegalTime;
import nl.huisverbod.shared.NotFoundException;
import nl.huisverbod.shared.Violation;
import nl.huisverbod.shared.Violations;
import nl.huisverbod.subscription.CallbackAddress;
import nl.huisverbod.subscription.Subscription;
import nl.huisverbod.subscription.Subscriptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up a municipality's ZGW link (the functional administrator): a subscription of the municipality's
 * system account in the format ZGW_ZAKEN to the order's events, and where its ZGW APIs and catalogue types are.
 * The client secret is sealed outside the database and never shown again.
 */
@Service
public class ZgwLinks {

    /** What a ZGW link is told of: every step of the order that changes the zaak in the store. */
    static final List<String> KINDS = List.of("huisverbod-opgelegd", "huisverbod-verlengd", "huisverbod-niet-verlengd",
            "huisverbod-ingetrokken", "huisverbod-beeindigd");

    /**
     * What the administrator fills in; {@code systeem} is the username of the municipality's system account.
     * {@code overnemenVanaf} (optional, a day): the orders imposed, extended or ended since that day come into the
     * store too, so that a store linked while orders run holds them (without it, only what happens from now on).
     */
    public record Request(String systeem, String zakenUrl, String besluitenUrl, String documentenUrl, String rsin,
                          String zaaktype, String besluittypeOplegging, String besluittypeVerlenging,
                          String besluittypeIntrekking, String statustypeOpgelegd, String statustypeVerlengd,
                          String statustypeBeeindigd, String resultaattype, String informatieobjecttype,
                          String clientId, String secret, String overnemenVanaf) {
    }

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final LinkSecrets secrets;
    private final Clock clock;
    private final boolean development;

    ZgwLinks(JdbcClient jdbc, Subscriptions subscriptions, LinkSecrets secrets, Clock clock,
             @Value("${huisverbod.subscriptions.development-callbacks:false}") boolean development) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.clock = clock;
        this.development = development;
    }

    @Transactional
    public ZgwLink create(CurrentUser administrator, Request r) {
        requireAdministrator(administrator);
        var v = new Violations();
        address(v, r.besluitenUrl(), "besluitenUrl");
        address(v, r.documentenUrl(), "documentenUrl");
        v.require(r.rsin() != null && r.rsin().trim().matches("\\d{9}"), "rsin", "zgw.rsin.invalid");
        String[][] types = {{r.zaaktype(), "zaaktype"}, {r.besluittypeOplegging(), "besluittypeOplegging"},
                {r.besluittypeVerlenging(), "besluittypeVerlenging"}, {r.besluittypeIntrekking(), "besluittypeIntrekking"},
                {r.statustypeOpgelegd(), "statustypeOpgelegd"}, {r.statustypeVerlengd(), "statustypeVerlengd"},
                {r.statustypeBeeindigd(), "statustypeBeeindigd"}, {r.resultaattype(), "resultaattype"},
                {r.informatieobjecttype(), "informatieobjecttype"}};
        for (String[] type : types) {
            v.requireText(type[0], type[1], 200);
            if (type[0] != null && !type[0].isBlank() && !type[0].trim().matches("https?://\\S+")) {
                v.add(type[1], "zgw.type.invalid");
            }
        }
        v.requireText(r.clientId(), "clientId", 200);
        v.requireText(r.secret(), "secret", 500);
        LocalDate since = since(v, r.overnemenVanaf());
        Subscription s;
        try {
            s = subscriptions.subscribeSink(administrator, r.systeem(),
                    new Subscriptions.Request(r.zakenUrl(), Subscription.Format.ZGW_ZAKEN.name(), KINDS, null), v);
        } catch (InvalidInputException e) {
            // the subscription names its own fields: here they are the system and the Zaken API
            throw new InvalidInputException(e.violations().stream().map(x -> new Violation(
                    x.field().equals("account") ? "systeem" : x.field().equals("callbackUrl") ? "zakenUrl" : x.field(),
                    x.code(), x.args())).toList());
        }
        jdbc.sql("""
                insert into zgw_link (subscription_id, zaken_url, besluiten_url, documenten_url, rsin, zaaktype,
                    besluittype_oplegging, besluittype_verlenging, besluittype_intrekking, statustype_opgelegd,
                    statustype_verlengd, statustype_beeindigd, resultaattype, informatieobjecttype, client_id,
                    client_secret_sealed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), ZgwLink.root(r.zakenUrl()), ZgwLink.root(r.besluitenUrl()), ZgwLink.root(r.documentenUrl()),
                        r.rsin().trim(), r.zaaktype().trim(), r.besluittypeOplegging().trim(),
                        r.besluittypeVerlenging().trim(), r.besluittypeIntrekking().trim(), r.statustypeOpgelegd().trim(),
                        r.statustypeVerlengd().trim(), r.statustypeBeeindigd().trim(), r.resultaattype().trim(),
                        r.informatieobjecttype().trim(), r.clientId().trim(),
                        secrets.seal(r.secret().getBytes(StandardCharsets.UTF_8), s.id().toString()))
                .update();
        if (since != null) {
            subscriptions.queueEarlierEvents(administrator, s.id(), since.atStartOfDay(LegalTime.ZONE).toInstant());
        }
        return find(s.id()).orElseThrow();
    }

    /** The day from which earlier orders come into the store: none, or a day that has begun. */
    private LocalDate since(Violations v, String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(day.trim());
            if (d.isAfter(LegalTime.localDate(clock.instant()))) {
                v.add("overnemenVanaf", "zgw.since.future");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            v.add("overnemenVanaf", "zgw.since.invalid");
            return null;
        }
    }

    private void address(Violations v, String url, String field) {
        if (url == null || url.isBlank()) {
            v.add(field, "validation.required");
        } else if (url.length() > 1000) {
            v.add(field, "validation.tooLong", 1000);
        } else {
            CallbackAddress.problem(url, development).ifPresent(code -> v.add(field, code));
        }
    }

    @Transactional(readOnly = true)
    public List<ZgwLink> all(CurrentUser administrator) {
        requireAdministrator(administrator);
        return jdbc.sql(SELECT + " where s.ended_at is null order by s.created_at").query(ZgwLinks::row).list();
    }

    @Transactional(readOnly = true)
    public ZgwLink get(CurrentUser administrator, UUID id) {
        if (!administrator.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new NotFoundException("zgw-koppeling");
        }
        return find(id).orElseThrow(() -> new NotFoundException("zgw-koppeling"));
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.FUNCTIONEEL_BEHEERDER)) {
            throw new AccessDeniedException("only the functional administrator sees and sets up ZGW links");
        }
    }

    Optional<ZgwLink> find(UUID subscriptionId) {
        return jdbc.sql(SELECT + " where l.subscription_id = ?").param(subscriptionId).query(ZgwLinks::row).optional();
    }

    /** The client secret of a link, opened for one request to the store. */
    byte[] secret(UUID subscriptionId) {
        byte[] sealed = jdbc.sql("select client_secret_sealed from zgw_link where subscription_id = ?")
                .param(subscriptionId).query(byte[].class).single();
        return secrets.open(sealed, subscriptionId.toString());
    }

    private static final String SELECT = """
            select l.*, u.username from zgw_link l join subscription s on s.id = l.subscription_id
            join app_user u on u.id = s.user_id""";

    private static ZgwLink row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ZgwLink(rs.getObject("subscription_id", UUID.class), rs.getString("username"),
                rs.getString("zaken_url"), rs.getString("besluiten_url"), rs.getString("documenten_url"),
                rs.getString("rsin"), rs.getString("zaaktype"), rs.getString("besluittype_oplegging"),
                rs.getString("besluittype_verlenging"), rs.getString("besluittype_intrekking"),
                rs.getString("statustype_opgelegd"), rs.getString("statustype_verlengd"),
                rs.getString("statustype_beeindigd"), rs.getString("resultaattype"),
                rs.getString("informatieobjecttype"), rs.getString("client_id"));
    }
}
