package nl.huisverbod.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Which person last signed in in this browser, as a keyed hash of their account id (HMAC-SHA256 with a key
 * in the key folder, so it can be neither read nor forged). It outlives the session, so that a form posted
 * after the session expired can be kept for the same person, and only for them. Sent only same-site
 * (SameSite=Strict), so a form another site makes the browser post never carries it.
 */
@Component
class PersonCookie {

    static final String NAME = "hv_person";
    private static final int MAX_AGE_SECONDS = 24 * 3600;
    private final SecretKeySpec key;

    PersonCookie(@Value("${huisverbod.auth-server.key-dir:}") String keyDir) throws IOException {
        this.key = new SecretKeySpec(KeyFiles.secret(KeyFiles.folder(keyDir, "huisverbod-person"), "person-cookie.key"),
                "HmacSHA256");
    }

    String markOf(UUID userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(userId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The mark this request carries, if any. */
    Optional<String> read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie c : request.getCookies()) {
            if (NAME.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    boolean belongsTo(String mark, UUID userId) {
        return mark != null && MessageDigest.isEqual(mark.getBytes(StandardCharsets.US_ASCII),
                markOf(userId).getBytes(StandardCharsets.US_ASCII));
    }

    /** Sets the cookie for the signed-in person unless the browser already carries theirs. */
    void refresh(HttpServletRequest request, HttpServletResponse response, UUID userId) {
        String mark = markOf(userId);
        if (read(request).filter(mark::equals).isPresent()) {
            return;
        }
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, mark).path("/").httpOnly(true)
                .secure(request.isSecure()).sameSite("Strict").maxAge(MAX_AGE_SECONDS).build().toString());
    }
}
