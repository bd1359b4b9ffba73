package nl.huisverbod.dossier;

/** A person's role in the household. Only the UITHUISGEPLAATSTE can be ordered out. */
public enum PersonRole {
    UITHUISGEPLAATSTE, ACHTERBLIJVER, KIND, HUISGENOOT;

    /** Persons the contact ban protects (Wth 1, 2(4)). */
    public boolean isProtected() {
        return this != UITHUISGEPLAATSTE;
    }
}
