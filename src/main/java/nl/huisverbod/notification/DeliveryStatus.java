package nl.huisverbod.notification;

/** The state of an e-mail copy. NIET_INGESTELD: no SMTP server set up (embedded default). */
public enum DeliveryStatus {
    IN_WACHTRIJ, VERZONDEN, MISLUKT, NIET_INGESTELD
}
