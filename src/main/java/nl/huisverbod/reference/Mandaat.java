package nl.huisverbod.reference;

/**
 * How a municipality mandates imposing an order (Wth 3). VOLLEDIG: the HOvJ decides in the mayor's name;
 * ONDERTEKENING: the HOvJ proposes and the mayor decides; GEEN: the mayor decides himself.
 */
public enum Mandaat {
    VOLLEDIG, ONDERTEKENING, GEEN;

    public boolean hovjMayImpose() {
        return this == VOLLEDIG;
    }
}
