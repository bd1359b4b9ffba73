package nl.huisverbod.decision;

/**
 * VOORGESTELD: the HOvJ proposed, the mayor decides (signing or no mandate). OPGELEGD: running (also when
 * extended). INGETROKKEN: withdrawn by the mayor (Wth 2(9)). BEEINDIGD: ended at its end moment.
 * VERVALLEN: suspended or annulled by the court (Wth 6), which ends it.
 */
public enum HuisverbodStatus {
    VOORGESTELD, OPGELEGD, NIET_OPGELEGD, INGETROKKEN, BEEINDIGD, VERVALLEN
}
