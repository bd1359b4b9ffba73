package nl.huisverbod.notification;

/** Why a message was sent; each names the article that demands it. */
public enum NotificationKind {
    /** Wth 2(8): the municipality, for the legal check and the file. */
    HUISVERBOD_GEMEENTE,
    /** Wth 2(8): Veilig Thuis or the designated help organisation, with the file. */
    HUISVERBOD_HULPVERLENING,
    /** Wth 3(2): the mayor is told at once of an order the HOvJ imposed under mandate. */
    HUISVERBOD_BURGEMEESTER,
    /** Samenloop: the OM when an arrest was made. */
    HUISVERBOD_OM,
    /** Wth 3: a proposal the mayor must decide. */
    VOORSTEL_BURGEMEESTER,
    /** Wth 9: the order was extended; the police must know the new end at once. */
    HUISVERBOD_VERLENGD,
    /** Wth 9: the mayor decided not to extend. */
    HUISVERBOD_NIET_VERLENGD,
    /** Wth 2(9): the order was withdrawn. */
    HUISVERBOD_INGETROKKEN,
    /** The order ended; follow-up help takes over. */
    HUISVERBOD_BEEINDIGD,
    /** Wth 11: a breach was reported; the police see it at once. */
    OVERTREDING,
    /** A deadline passed without the required act: escalation to the owning organisation. */
    TERMIJN_VERSTREKEN,
    /** A deadline is about to pass and the act is not recorded yet. */
    TERMIJN_DREIGT,
    /** The coordinator's zorgadvies on extension is ready for the municipality. */
    ZORGADVIES,
    /** The municipal officer's beleidsadvies is ready for the mayor's decision (Wth 9). */
    BELEIDSADVIES,
    /** A partner organisation was invited into the case. */
    PARTNER_UITGENODIGD,
    /** A step in the criminal track, fed back to the coordinator. */
    STRAFRECHT,
    /** A partner's system has taken no event for hours; its events are kept (issue 14). */
    KOPPELING_GESTOORD,
    /** That system takes its events again. */
    KOPPELING_HERSTELD
}
