package nl.huisverbod.identity;

/** The roles of domain.md §2. Each user has exactly one, in one organisation. */
public enum Role {
    HOVJ(OrganisationType.POLITIE),
    POLITIE(OrganisationType.POLITIE),
    BURGEMEESTER(OrganisationType.GEMEENTE),
    GEMEENTE_JURIST(OrganisationType.GEMEENTE),
    VT_COORDINATOR(OrganisationType.VEILIG_THUIS),
    ZORGPROFESSIONAL(OrganisationType.ZORGAANBIEDER),
    OM_OFFICIER(OrganisationType.OM),
    ONDERZOEKER(OrganisationType.ONDERZOEK),
    FUNCTIONEEL_BEHEERDER(OrganisationType.BEHEER);

    private final OrganisationType organisationType;

    Role(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    /** The kind of organisation a user with this role must belong to. */
    public OrganisationType organisationType() {
        return organisationType;
    }

    public boolean isPolice() {
        return organisationType == OrganisationType.POLITIE;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
