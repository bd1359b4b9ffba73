package nl.huisverbod.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * W3C Trace Context (traceparent, version 00): the trace a piece of work belongs to, this system's own span
 * in it, and the caller's span it was called from. A request that brings a valid {@code traceparent} joins
 * the caller's trace, so that a read by a partner's system can be followed across organisations in both
 * organisations' logs (Logboek Dataverwerkingen: trace_id, operation_id, foreign_operation). The context of
 * the work on this thread is {@link #current()}.
 */
public record TraceContext(String traceId, String spanId, String parentSpanId, boolean sampled) {

    private static final Pattern TRACEPARENT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<TraceContext> CURRENT = new ThreadLocal<>();

    /** A new trace, started here. */
    public static TraceContext start() {
        return new TraceContext(randomHex(16), randomHex(8), null, true);
    }

    /**
     * This system's span in the caller's trace, when {@code traceparent} is valid (version ff, all-zero ids
     * and malformed values are refused, as the specification says); otherwise a new trace.
     */
    public static TraceContext continueFrom(String traceparent) {
        return parse(traceparent).map(caller -> new TraceContext(caller.traceId(), randomHex(8), caller.spanId(),
                caller.sampled())).orElseGet(TraceContext::start);
    }

    static Optional<TraceContext> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var m = TRACEPARENT.matcher(header.trim());
        if (!m.matches() || m.group(1).equals("ff") || m.group(2).equals("0".repeat(32))
                || m.group(3).equals("0".repeat(16)) || (m.group(1).equals("00") && m.group(5) != null)) {
            return Optional.empty();
        }
        boolean sampled = (HexFormat.fromHexDigits(m.group(4)) & 1) == 1;
        return Optional.of(new TraceContext(m.group(2), m.group(3), null, sampled));
    }

    /** A new span of this system in a trace it started before (e.g. each try to deliver one event). */
    public static TraceContext inTrace(String traceId) {
        return new TraceContext(traceId, randomHex(8), null, true);
    }

    /** A span for a call this system makes within the same trace (e.g. a callback), child of this one. */
    public TraceContext child() {
        return new TraceContext(traceId, randomHex(8), spanId, sampled);
    }

    /** The header value that carries this span to the next system. */
    public String header() {
        return "00-" + traceId + "-" + spanId + "-" + (sampled ? "01" : "00");
    }

    /** The trace of the work on this thread, if a request or job set one. */
    public static Optional<TraceContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes this the context of the work on this thread until the scope is closed, which restores the one before. */
    public Scope activate() {
        TraceContext before = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** The time a context is active; closing it cannot fail. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        do {
            RANDOM.nextBytes(b);
        } while (isZero(b));
        return HexFormat.of().formatHex(b);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
