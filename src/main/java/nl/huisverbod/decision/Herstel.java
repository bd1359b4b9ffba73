package nl.huisverbod.decision;

import java.util.UUID;

/**
 * What a herstelbeschikking corrects: in the named beschikking, where it reads {@code onjuist} it should read
 * {@code juist}, an obvious formal error of the named kind.
 */
public record Herstel(UUID herstelt, Vormfout vormfout, String onjuist, String juist) {
}
