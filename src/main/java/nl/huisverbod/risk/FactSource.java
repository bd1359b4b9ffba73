package nl.huisverbod.risk;

/** Where a fact came from (domain.md §5): police records, hearing a party, the crisis team, ... */
public enum FactSource {
    POLITIEREGISTRATIE, VERHOOR_UITHUISGEPLAATSTE, VERHOOR_ACHTERBLIJVER, CRISISDIENST, VEILIG_THUIS, WAARNEMING,
    ANDERS
}
