package nl.huisverbod.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The partners a coordinator invites into a case (domain.md §2, care providers), each with the parts of the
 * case its role needs (AVG art. 5(1)(c)). The core team (the professionals for those staying behind, for
 * the evicted person, and the gezinsmanager) is not a partner: it sees the whole help file.
 */
public enum PartnerSoort {
    AMW(EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.OVERTREDINGEN, Onderdeel.TEAM, Onderdeel.CONTACTEN, Onderdeel.SCREENING, Onderdeel.ZORGOVERLEG,
            Onderdeel.PLAN, Onderdeel.VEILIGHEIDSPLAN, Onderdeel.ZORGADVIES)),
    RECLASSERING(EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.TEAM, Onderdeel.ZORGOVERLEG, Onderdeel.PLAN,
            Onderdeel.VEILIGHEIDSPLAN, Onderdeel.OVERTREDINGEN, Onderdeel.STRAFRECHT, Onderdeel.ZORGADVIES)),
    FORENSISCHE_ZORG(EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.OVERTREDINGEN, Onderdeel.TEAM, Onderdeel.ZORGOVERLEG, Onderdeel.PLAN,
            Onderdeel.VEILIGHEIDSPLAN, Onderdeel.ZORGADVIES)),
    JEUGDBESCHERMING(EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.INCIDENTEN, Onderdeel.OVERTREDINGEN, Onderdeel.TEAM, Onderdeel.CONTACTEN, Onderdeel.SCREENING,
            Onderdeel.ZORGOVERLEG, Onderdeel.PLAN, Onderdeel.VEILIGHEIDSPLAN, Onderdeel.SYSTEEMGESPREK,
            Onderdeel.ZORGADVIES)),
    GGZ(EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.TEAM, Onderdeel.ZORGOVERLEG, Onderdeel.PLAN, Onderdeel.ZORGADVIES)),
    VERSLAVINGSZORG(EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.TEAM, Onderdeel.ZORGOVERLEG, Onderdeel.PLAN,
            Onderdeel.ZORGADVIES)),
    SLACHTOFFERHULP(EnumSet.of(Onderdeel.HUISHOUDEN, Onderdeel.BESLUIT, Onderdeel.NAZORG, Onderdeel.OVERTREDINGEN, Onderdeel.TEAM, Onderdeel.CONTACTEN, Onderdeel.ZORGOVERLEG,
            Onderdeel.VEILIGHEIDSPLAN)),
    /** The evicted person's shelter: whom it houses, for how long (its placement), and whom to call. */
    OPVANG(EnumSet.of(Onderdeel.TEAM, Onderdeel.OPVANG));

    private final Set<Onderdeel> zicht;

    PartnerSoort(Set<Onderdeel> zicht) {
        this.zicht = zicht;
    }

    public boolean sees(Onderdeel onderdeel) {
        return zicht.contains(onderdeel);
    }
}
