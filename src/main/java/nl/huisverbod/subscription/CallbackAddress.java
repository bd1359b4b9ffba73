package nl.huisverbod.subscription;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where callbacks may go. Production: https only, and never to this machine or a link-local address (the cloud
 * metadata service): a subscriber must not make the server call what only the server can reach. Private
 * networks are allowed, as government networks use them. On a development machine ({@code development}) plain
 * http and loopback are allowed, for a receiver on 127.0.0.1. Checked when subscribing and again before every
 * delivery, because a name can be pointed elsewhere afterwards. The same holds for the ZGW APIs a link calls.
 */
public final class CallbackAddress {

    private CallbackAddress() {
    }

    /** The message code of what is wrong with the address, or empty when callbacks may go there. */
    public static Optional<String> problem(String url, boolean development) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("subscription.callback.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("subscription.callback.invalid");
        }
        if (scheme.equals("http") && !development) {
            return Optional.of("subscription.callback.https");
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                        || (a.isLoopbackAddress() && !development)) {
                    return Optional.of("subscription.callback.internal");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("subscription.callback.unknownHost");
        }
        return Optional.empty();
    }
}
