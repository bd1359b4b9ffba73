package nl.huisverbod.dossier;

/** How a case reached the chain (domain.md §4, step 1). */
public enum EntryRoute {
    POLITIE_INCIDENT, GEPLANDE_SCREENING, VERZOEK_SLACHTOFFER, VERZOEK_VEILIG_THUIS
}
