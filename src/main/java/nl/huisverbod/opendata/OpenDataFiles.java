package nl.huisverbod.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A version's table as a CSV file, named with its table and version. */
final class OpenDataFiles {

    private OpenDataFiles() {
    }

    /**
     * @param pinned the address names the version, so the answer never changes and may be cached for good;
     *               the newest version's answer changes with the next version
     */
    static ResponseEntity<String> csv(OpenDataTable table, Release release, String body, boolean pinned) {
        return ResponseEntity.ok()
                .cacheControl(pinned ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                        : CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.key() + "-v" + release.versie() + ".csv").build().toString())
                .header("X-Open-Data-Version", String.valueOf(release.versie()))
                .body(body);
    }
}
