package nl.huisverbod.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.huisverbod.identity.CurrentUser;
import nl.huisverbod.identity.CurrentUserProvider;
import nl.huisverbod.platform.PageOf;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox: the public API of this module. */
@Service
public class Notifications {

    private static final String SELECT = """
            select n.*, (select e.status from email_delivery e where e.notification_id = n.id
                         order by e.created_at desc limit 1) as email_status
            from notification n""";
    private final JdbcClient jdbc;
    private final CurrentUserProvider currentUser;
    private final NoticeTexts texts;
    private final Clock clock;

    Notifications(JdbcClient jdbc, CurrentUserProvider currentUser, NoticeTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The page of the current user's messages (those to the organisation as a whole and those to the user) that
     * an API caller asked for, newest first unless it asked another order. Subject and body sort as stored, in
     * Dutch, whatever the language they are read in.
     */
    public List<Notification> inbox(nl.huisverbod.platform.ListRequest page) {
        CurrentUser user = currentUser.require();
        String orderBy = page.order().isEmpty() ? NEWEST_FIRST : page.orderBy(SORT_COLUMNS, "n.created_at desc, n.id");
        return page.answer(inbox(null, orderBy, page.offset(), page.pageSize()), count(user, null));
    }

    /** The column of each field of a message an API caller can sort on; text as Java compares it. */
    private static final java.util.Map<String, String> SORT_COLUMNS = java.util.Map.of("kind", "n.kind collate \"C\"",
            "subject", "n.subject collate \"C\"", "body", "n.body collate \"C\"", "link", "n.link collate \"C\"",
            "createdAt", "n.created_at", "readAt", "n.read_at", "emailStatus", "email_status collate \"C\"");
    private static final String NEWEST_FIRST = " order by n.created_at desc, n.id";

    /**
     * One page of the inbox, about one case only when {@code dossierId} is given, newest first, read as a page in the database: every message stays reachable however
     * many there are, and a page costs its own rows only.
     */
    public PageOf<Notification> inboxPage(UUID dossierId, String page, int size) {
        CurrentUser user = currentUser.require();
        return PageOf.read(page, size, (int) count(user, dossierId),
                (offset, limit) -> inbox(dossierId, NEWEST_FIRST, offset, limit));
    }

    private long count(CurrentUser user, UUID dossierId) {
        return jdbc.sql("select count(*) from notification n where " + MINE).params(user.organisationId(),
                user.userId(), dossierId, dossierId).query(Long.class).single();
    }

    private static final String MINE = "n.recipient_organisation_id = ? and (n.recipient_user_id is null "
            + "or n.recipient_user_id = ?) and (cast(? as uuid) is null or n.dossier_id = ?)";

    private List<Notification> inbox(UUID dossierId, String orderBy, long offset, int limit) {
        CurrentUser user = currentUser.require();
        return jdbc.sql("select * from (" + SELECT + " where " + MINE + ") n" + orderBy + " offset ? limit ?")
                .params(user.organisationId(), user.userId(), dossierId, dossierId, offset, limit)
                .query(this::map).list();
    }

    public long unread() {
        CurrentUser user = currentUser.require();
        return jdbc.sql("""
                select count(*) from notification where recipient_organisation_id = ? and read_at is null
                  and (recipient_user_id is null or recipient_user_id = ?)""")
                .params(user.organisationId(), user.userId()).query(Long.class).single();
    }

    /** Who was told about a case, and whether the e-mail went out. The caller has authorised the case. */
    public List<Notification> sentFor(UUID dossierId) {
        return jdbc.sql(SELECT + " where n.dossier_id = ? order by n.created_at").param(dossierId)
                .query(this::map).list();
    }

    @Transactional
    public void markRead(UUID notificationId) {
        CurrentUser user = currentUser.require();
        jdbc.sql("""
                update notification set read_at = ?, read_by = ? where id = ? and recipient_organisation_id = ?
                  and read_at is null""")
                .params(Timestamp.from(clock.instant()), user.userId(), notificationId, user.organisationId())
                .update();
    }

    /** A notice in the reader's language; one stored before notices kept their keys reads as it was written. */
    private Notification map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        String stored = rs.getString("notice");
        Locale locale = LocaleContextHolder.getLocale();
        Notice notice = stored == null ? null : texts.fromJson(stored);
        return new Notification(rs.getObject("id", UUID.class), rs.getObject("recipient_organisation_id", UUID.class),
                rs.getObject("recipient_user_id", UUID.class), rs.getObject("dossier_id", UUID.class),
                NotificationKind.valueOf(rs.getString("kind")),
                notice == null ? rs.getString("subject") : texts.subject(notice, locale),
                notice == null ? rs.getString("body") : texts.body(notice, locale),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant(), rs.getString("email_status"));
    }
}
