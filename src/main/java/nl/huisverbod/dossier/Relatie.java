package nl.huisverbod.dossier;

/** A person's relation to the uithuisgeplaatste. */
public enum Relatie {
    ZELF, PARTNER, EX_PARTNER, KIND, STIEFKIND, OUDER, BROER_ZUS, GROOTOUDER, ANDER_FAMILIELID, ANDERS
}
