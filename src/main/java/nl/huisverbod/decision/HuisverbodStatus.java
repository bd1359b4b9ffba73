package nl.huisverbod.decision;

/** VOORGESTELD: the HOvJ proposed, the mayor decides (signing or no mandate). */
public enum HuisverbodStatus {
    VOORGESTELD, OPGELEGD, NIET_OPGELEGD
}
