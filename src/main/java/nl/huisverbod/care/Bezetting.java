package nl.huisverbod.care;

/** Crisis beds of a Veilig Thuis region on a day: reserved, and in use by placements. */
public record Bezetting(String vtRegion, int gereserveerd, int inGebruik) {

    public int vrij() {
        return Math.max(0, gereserveerd - inGebruik);
    }
}
