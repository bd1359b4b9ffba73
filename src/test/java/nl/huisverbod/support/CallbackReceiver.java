package nl.huisverbod.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's system that receives callbacks: a real HTTP server on 127.0.0.1 that keeps every request. It can
 * go down (its port closed: connections are refused) and come back on the same port, as a receiver does in
 * an outage.
 */
public final class CallbackReceiver implements AutoCloseable {

    /** One callback as it arrived. */
    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        /** Whether the Standard Webhooks signature is right for this secret ({@code whsec_...}). */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                String signed = header("webhook-id") + "." + header("webhook-timestamp") + "." + body;
                String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
                return expected.equals(header("webhook-signature"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile HttpServer server;

    private CallbackReceiver(int port) {
        this.port = port;
    }

    public static CallbackReceiver start() {
        HttpServer first = bind(0);
        CallbackReceiver r = new CallbackReceiver(first.getAddress().getPort());
        r.serve(first);
        return r;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/notificaties";
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Goes down: the port is closed, a callback gets "connection refused". */
    public void goDown() {
        server.stop(0);
    }

    /** Comes back on the same port. */
    public void comeBack() {
        serve(bind(port));
    }

    private void serve(HttpServer s) {
        s.createContext("/notificaties", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        s.start();
        server = s;
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
