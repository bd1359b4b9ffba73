package nl.huisverbod.identity;

/** A person gave a second-factor code at login, right or wrong (for the audit trail). */
public record SecondFactorChecked(CurrentUser user, boolean success, String source) {
}
