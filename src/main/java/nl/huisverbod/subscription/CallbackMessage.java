package nl.huisverbod.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event as a receiver gets it: in the ZGW Notificaties format (the {@code Message} of Notificaties API
 * 1.0.0: kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken) or as a CloudEvent 1.0 in
 * structured mode. It holds no personal data, only links the receiver fetches with its own authorisation, and
 * is signed as Standard Webhooks prescribe: {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">}.
 */
record CallbackMessage(UUID id, String contentType, byte[] body) {

    static final String CHANNEL = "huisverboden";

    static CallbackMessage of(Subscription.Format format, PartnerEvent e, String baseUrl, JsonMapper json) {
        Map<String, String> kenmerken = new LinkedHashMap<>();
        if (e.gemeenteCode() != null) {
            kenmerken.put("gemeente", e.gemeenteCode());
        }
        if (e.detail() != null) {
            kenmerken.put("termijn", e.detail());
        }
        String hoofdObject = baseUrl + "/api/v1/dossiers/" + e.dossierId();
        String resource = PartnerEventKind.byCode(e.kind()).map(PartnerEventKind::resource)
                .filter(r -> !r.isEmpty()).orElse("dossier");
        Map<String, Object> body = new LinkedHashMap<>();
        if (format == Subscription.Format.ZGW_NOTIFICATIE) {
            body.put("kanaal", CHANNEL);
            body.put("hoofdObject", hoofdObject);
            body.put("resource", resource);
            body.put("resourceUrl", baseUrl + e.resourcePath());
            body.put("actie", e.kind());
            body.put("aanmaakdatum", e.occurredAt().toString());
            body.put("kenmerken", kenmerken);
            return new CallbackMessage(e.id(), "application/json", json.writeValueAsBytes(body));
        }
        body.put("specversion", "1.0");
        body.put("id", e.id().toString());
        body.put("source", baseUrl + "/api/v1");
        body.put("type", "nl.huisverbod." + e.kind());
        body.put("subject", "dossiers/" + e.dossierId());
        body.put("time", e.occurredAt().toString());
        body.put("datacontenttype", "application/json");
        body.put("data", Map.of("hoofdObject", hoofdObject, "resource", resource,
                "resourceUrl", baseUrl + e.resourcePath(), "kenmerken", kenmerken));
        return new CallbackMessage(e.id(), "application/cloudevents+json", json.writeValueAsBytes(body));
    }

    /** The {@code webhook-signature} header for this message sent at {@code timestamp} (epoch seconds). */
    String signature(String secretBase64, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secretBase64), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
