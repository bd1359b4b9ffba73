package nl.huisverbod.shared;

/**
 * A burgerservicenummer: nine digits that pass the elfproef (weights 9..2 and -1, sum divisible by 11).
 * Eight-digit numbers are valid with a leading zero, as the BRP writes them.
 */
public record Bsn(String value) {

    public Bsn {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid BSN");
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (candidate.charAt(i) - '0') * (9 - i);
        }
        sum -= candidate.charAt(8) - '0';
        return sum % 11 == 0 && !candidate.equals("000000000");
    }

    /** Normalises user input: strips spaces and dots, pads eight digits with a leading zero. */
    public static String normalise(String input) {
        if (input == null) {
            return null;
        }
        String digits = input.replaceAll("[\\s.]", "");
        return digits.length() == 8 ? "0" + digits : digits;
    }

    /** Shows only the last three digits, for lists and logs. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
