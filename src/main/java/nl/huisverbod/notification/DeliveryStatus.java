package nl.huisverbod.notification;

/** The state of an e-mail copy. NOT_CONFIGURED: no SMTP server set up (embedded default). */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, NOT_CONFIGURED
}
