package nl.huisverbod.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Callbacks go only where partners' systems are: never to this server or the metadata address. */
class CallbackAddressTest {

    @Test
    void production_sends_over_https_to_partners_and_never_to_this_machine_or_a_link_local_address() {
        assertThat(CallbackAddress.problem("https://10.20.30.40/notificaties", false)).isEmpty();
        assertThat(CallbackAddress.problem("http://10.20.30.40/notificaties", false)).contains("subscription.callback.https");
        assertThat(CallbackAddress.problem("https://127.0.0.1:8080/api/v1/audit-regels", false))
                .contains("subscription.callback.internal");
        assertThat(CallbackAddress.problem("https://[::1]/x", false)).contains("subscription.callback.internal");
        assertThat(CallbackAddress.problem("https://169.254.169.254/latest/meta-data", false))
                .contains("subscription.callback.internal");
        assertThat(CallbackAddress.problem("https://0.0.0.0/x", false)).contains("subscription.callback.internal");
    }

    @Test
    void an_address_that_is_not_a_plain_web_address_is_refused() {
        for (String bad : new String[] {"ftp://10.1.1.1/x", "https://user:secret@10.1.1.1/x", "https://10.1.1.1/x#top",
                "no address", "https:///path"}) {
            assertThat(CallbackAddress.problem(bad, false)).as(bad).contains("subscription.callback.invalid");
        }
    }

    @Test
    void a_development_machine_may_call_a_receiver_on_127_0_0_1_over_http() {
        assertThat(CallbackAddress.problem("http://127.0.0.1:9000/notificaties", true)).isEmpty();
        assertThat(CallbackAddress.problem("https://169.254.169.254/x", true)).contains("subscription.callback.internal");
    }
}
