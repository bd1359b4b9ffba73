package nl.huisverbod.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** W3C Trace Context: which traceparent values join the caller's trace and which start a new one. */
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void a_valid_traceparent_is_joined_with_a_new_span_of_our_own() {
        TraceContext t = TraceContext.continueFrom("00-" + TRACE + "-00f067aa0ba902b7-01");
        assertThat(t.traceId()).isEqualTo(TRACE);
        assertThat(t.parentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(t.spanId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(t.header()).isEqualTo("00-" + TRACE + "-" + t.spanId() + "-01");
        assertThat(TraceContext.continueFrom("00-" + TRACE + "-00f067aa0ba902b7-00").sampled()).isFalse();
    }

    @Test
    void a_later_version_is_read_by_its_known_fields_and_version_00_must_have_exactly_four() {
        assertThat(TraceContext.continueFrom("01-" + TRACE + "-00f067aa0ba902b7-01-extra").traceId()).isEqualTo(TRACE);
        assertThat(TraceContext.continueFrom("00-" + TRACE + "-00f067aa0ba902b7-01-extra").traceId()).isNotEqualTo(TRACE);
    }

    @Test
    void invalid_values_start_a_new_trace() {
        for (String bad : new String[] {null, "", "ff-" + TRACE + "-00f067aa0ba902b7-01",
                "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01", "00-" + TRACE + "-" + "0".repeat(16) + "-01",
                "00-" + TRACE.toUpperCase() + "-00f067aa0ba902b7-01", "00-" + TRACE + "-00f067aa0ba902b7"}) {
            TraceContext t = TraceContext.continueFrom(bad);
            assertThat(t.traceId()).as(String.valueOf(bad)).isNotEqualTo(TRACE).matches("[0-9a-f]{32}");
            assertThat(t.parentSpanId()).isNull();
        }
    }

    @Test
    void an_activated_context_is_current_until_its_scope_closes() {
        TraceContext outer = TraceContext.start();
        try (var a = outer.activate()) {
            TraceContext inner = outer.child();
            try (var b = inner.activate()) {
                assertThat(TraceContext.current()).contains(inner);
                assertThat(inner.parentSpanId()).isEqualTo(outer.spanId());
            }
            assertThat(TraceContext.current()).contains(outer);
        }
        assertThat(TraceContext.current()).isEmpty();
    }
}
