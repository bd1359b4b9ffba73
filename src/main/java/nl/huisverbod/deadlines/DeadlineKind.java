package nl.huisverbod.deadlines;

import nl.huisverbod.dossier.Onderdeel;
import nl.huisverbod.identity.OrganisationType;
import nl.huisverbod.shared.LegalTime;

/**
 * The deadlines of domain.md §7, each with its default rule and the kind of organisation that must act.
 * Legal deadlines are fixed by law; agreed ones can be changed or switched off per Veilig Thuis region or
 * municipality ({@link TermijnAfspraken}).
 */
public enum DeadlineKind {
    /** Wth 2(7): after an oral notice the written beschikking follows as soon as possible; flagged after 24 h. */
    SCHRIFTELIJKE_BESCHIKKING(true, TermijnRegel.uren(24), OrganisationType.POLITIE, Escalatie.GEMEENTE),
    /** Wth 2(6): the evicted person states where he can be reached within 24 h of the order. */
    BEREIKBAARHEID(true, TermijnRegel.uren(24), OrganisationType.GEMEENTE, Escalatie.EIGENAAR),
    /** Wth 5(1): a lawyer assists within 24 h of the evicted person's wish. */
    ADVOCAAT(true, TermijnRegel.uren(24), OrganisationType.GEMEENTE, Escalatie.EIGENAAR),
    /** Wth 6: the court hears a request for interim relief within three days. */
    ZITTING_VOORLOPIGE_VOORZIENING(true, TermijnRegel.uren(72), OrganisationType.GEMEENTE, Escalatie.EIGENAAR),
    /** Wth 9: the mayor decides on extension before the current end (the due moment is the end itself). */
    VERLENGINGSBESLUIT(true, TermijnRegel.uren(LegalTime.ORDER_DAYS * 24), OrganisationType.GEMEENTE,
            Escalatie.BURGEMEESTER),

    /** Agreed: help is activated (the coordinator accepts the file) within 4 h of the notice. */
    ACTIVERING_HULP(false, TermijnRegel.uren(4), OrganisationType.VEILIG_THUIS, Escalatie.GEMEENTE),
    /** Agreed: first contact with those staying behind within 1 h of registration at the coordinator. */
    EERSTE_CONTACT_ACHTERBLIJVERS(false, TermijnRegel.uren(1), OrganisationType.VEILIG_THUIS, Escalatie.EIGENAAR),
    /** Agreed: a home visit to those staying behind the same or the next working day. */
    HUISBEZOEK_ACHTERBLIJVERS(false, new TermijnRegel(TermijnRegel.Eenheid.WERKDAGEN, 1), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR),
    /** Agreed: first contact with the evicted person the same or the next day. */
    EERSTE_CONTACT_UITHUISGEPLAATSTE(false, new TermijnRegel(TermijnRegel.Eenheid.KALENDERDAGEN, 1),
            OrganisationType.VEILIG_THUIS, Escalatie.EIGENAAR),
    /** Agreed: the children are contacted the same or the next day. */
    CONTACT_KINDEREN(false, new TermijnRegel(TermijnRegel.Eenheid.KALENDERDAGEN, 1), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR),
    /** Agreed: a gezinsmanager within 2 days when there are children. */
    GEZINSMANAGER(false, TermijnRegel.uren(48), OrganisationType.VEILIG_THUIS, Escalatie.EIGENAAR),
    /** Agreed: the first care meeting on the first working day after registration. */
    EERSTE_ZORGOVERLEG(false, new TermijnRegel(TermijnRegel.Eenheid.WERKDAGEN, 1), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR),
    /** Agreed: the system conversation (both parties together) around day 6–8. */
    SYSTEEMGESPREK(false, new TermijnRegel(TermijnRegel.Eenheid.DAG_VAN_HUISVERBOD, 8), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR),
    /** Agreed: the coordinator's zorgadvies on extension on day 8. */
    ZORGADVIES(false, new TermijnRegel(TermijnRegel.Eenheid.DAG_VAN_HUISVERBOD, 8), OrganisationType.VEILIG_THUIS,
            Escalatie.GEMEENTE),
    /** Agreed: the municipal officer's beleidsadvies to the mayor on day 9. */
    BELEIDSADVIES(false, new TermijnRegel(TermijnRegel.Eenheid.DAG_VAN_HUISVERBOD, 9), OrganisationType.GEMEENTE,
            Escalatie.BURGEMEESTER),

    /** Agreed: monitoring contacts after the end of the order: 6 weeks and 3 months; 6 months or a year where agreed. */
    MONITORING_6_WEKEN(false, new TermijnRegel(TermijnRegel.Eenheid.KALENDERDAGEN, 42), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR),
    MONITORING_3_MAANDEN(false, new TermijnRegel(TermijnRegel.Eenheid.KALENDERDAGEN, 91), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR),
    MONITORING_6_MAANDEN(false, new TermijnRegel(TermijnRegel.Eenheid.KALENDERDAGEN, 182), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR, false),
    MONITORING_1_JAAR(false, new TermijnRegel(TermijnRegel.Eenheid.KALENDERDAGEN, 365), OrganisationType.VEILIG_THUIS,
            Escalatie.EIGENAAR, false);

    /** The part of the case each deadline belongs to: who sees the part sees its deadlines. */
    private static final java.util.Map<DeadlineKind, Onderdeel> PART = java.util.Map.ofEntries(
            java.util.Map.entry(SCHRIFTELIJKE_BESCHIKKING, Onderdeel.BESLUIT),
            java.util.Map.entry(BEREIKBAARHEID, Onderdeel.BESLUIT),
            java.util.Map.entry(ADVOCAAT, Onderdeel.BESLUIT),
            java.util.Map.entry(ZITTING_VOORLOPIGE_VOORZIENING, Onderdeel.BESLUIT),
            java.util.Map.entry(VERLENGINGSBESLUIT, Onderdeel.BESLUIT),
            java.util.Map.entry(ACTIVERING_HULP, Onderdeel.TEAM),
            java.util.Map.entry(EERSTE_CONTACT_ACHTERBLIJVERS, Onderdeel.CONTACTEN),
            java.util.Map.entry(HUISBEZOEK_ACHTERBLIJVERS, Onderdeel.CONTACTEN),
            java.util.Map.entry(EERSTE_CONTACT_UITHUISGEPLAATSTE, Onderdeel.CONTACTEN),
            java.util.Map.entry(CONTACT_KINDEREN, Onderdeel.CONTACTEN),
            java.util.Map.entry(GEZINSMANAGER, Onderdeel.TEAM),
            java.util.Map.entry(EERSTE_ZORGOVERLEG, Onderdeel.ZORGOVERLEG),
            java.util.Map.entry(SYSTEEMGESPREK, Onderdeel.SYSTEEMGESPREK),
            java.util.Map.entry(ZORGADVIES, Onderdeel.ZORGADVIES),
            java.util.Map.entry(BELEIDSADVIES, Onderdeel.ZORGADVIES),
            java.util.Map.entry(MONITORING_6_WEKEN, Onderdeel.NAZORG),
            java.util.Map.entry(MONITORING_3_MAANDEN, Onderdeel.NAZORG),
            java.util.Map.entry(MONITORING_6_MAANDEN, Onderdeel.NAZORG),
            java.util.Map.entry(MONITORING_1_JAAR, Onderdeel.NAZORG));

    /** The monitoring contacts, in the order they fall due. */
    public static final java.util.List<DeadlineKind> MONITORING = java.util.List.of(MONITORING_6_WEKEN,
            MONITORING_3_MAANDEN, MONITORING_6_MAANDEN, MONITORING_1_JAAR);

    /**
     * Who else must know when the deadline is missed, besides its owner: the municipality waits for the
     * activation of help and for the zorgadvies, is responsible for a written beschikking; the mayor must
     * decide on extension in time.
     */
    public enum Escalatie { EIGENAAR, GEMEENTE, BURGEMEESTER }

    private final boolean legal;
    private final TermijnRegel standaard;
    private final OrganisationType owner;
    private final Escalatie escalatie;
    private final boolean standaardActief;

    DeadlineKind(boolean legal, TermijnRegel standaard, OrganisationType owner, Escalatie escalatie) {
        this(legal, standaard, owner, escalatie, true);
    }

    DeadlineKind(boolean legal, TermijnRegel standaard, OrganisationType owner, Escalatie escalatie,
                 boolean standaardActief) {
        this.legal = legal;
        this.standaard = standaard;
        this.owner = owner;
        this.escalatie = escalatie;
        this.standaardActief = standaardActief;
    }

    /** Whether the deadline runs where nothing else was agreed (6-month and 1-year monitoring: only where agreed). */
    public boolean standaardActief() {
        return standaardActief;
    }

    /** The escalation target of a missed deadline, besides the owner. */
    public Escalatie escalatie() {
        return escalatie;
    }

    public boolean legal() {
        return legal;
    }

    /** The national default (domain.md §7); for legal deadlines the only rule. */
    public TermijnRegel standaard() {
        return standaard;
    }

    /** The kind of organisation that must act; the case's scope picks which one. */
    public OrganisationType owner() {
        return owner;
    }

    /** The part of the case the deadline belongs to. */
    public Onderdeel part() {
        return PART.get(this);
    }

    /** Deadlines of the running order that no longer apply once it ended early (withdrawn, annulled). */
    boolean boundToRunningOrder() {
        return this != ADVOCAAT && this != ZITTING_VOORLOPIGE_VOORZIENING && this != SCHRIFTELIJKE_BESCHIKKING
                && !MONITORING.contains(this);
    }
}
