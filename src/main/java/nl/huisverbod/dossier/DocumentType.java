package nl.huisverbod.dossier;

import java.util.Optional;

/**
 * Recognises the accepted document formats by their first bytes, never by the name or the declared type
 * a client sends: PDF, PNG and JPEG; and checks that the whole file is one (ASVS 12.2.1): a PDF must parse and
 * have a page, an image must decode, and nothing may carry markup a browser would run (a {@code %PDF-} header in
 * front of HTML is refused).
 */
enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    final String contentType;
    private final byte[] magic;

    DocumentType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    static Optional<DocumentType> detect(byte[] content) {
        for (DocumentType type : values()) {
            if (content.length >= type.magic.length && startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the content is what its first bytes say. */
    boolean wellFormed(byte[] content) {
        if (containsMarkup(content)) {
            return false;
        }
        try {
            return switch (this) {
                case PDF -> {
                    try (var doc = org.apache.pdfbox.Loader.loadPDF(content)) {
                        yield doc.getNumberOfPages() > 0;
                    }
                }
                case PNG, JPEG -> javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content)) != null;
            };
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean containsMarkup(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<script") || head.contains("<!doctype") || head.contains("<svg");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
