package nl.huisverbod.decision;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF/A-3u with PDF/UA tagging: the fonts are embedded (Liberation Sans,
 * shipped inside PDFBox; Noto Naskh Arabic, from npm through the build, for the Arabic leaflets and any name
 * in Arabic script) and the sRGB output intent comes from the JDK, so archiving (Wth 10) needs no external
 * file. Right-to-left text is ordered and Arabic letters joined by ICU (Unicode bidi algorithm, shaping).
 */
@Component
class PdfRenderer {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String ARABIC = "/fonts/400Regular/NotoNaskhArabic_400Regular.ttf";
    private static final String ARABIC_BOLD = "/fonts/700Bold/NotoNaskhArabic_700Bold.ttf";
    private final ITemplateEngine templates;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every rendering step at INFO on stdout; keep warnings and errors only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> model) {
        return render(template, model, Locale.forLanguageTag("nl-NL"));
    }

    /** In another language: a leaflet's translation (its messages resolve in {@code locale}). */
    byte[] render(String template, Map<String, Object> model, Locale locale) {
        String html = templates.process(template, new Context(locale, model));
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(srgb);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), "Liberation Sans");
            if (hasArabic(html)) {
                // only where Arabic script occurs: the font and the bidi pass cost about half the rendering time
                // of a beschikking (docs/benchmarks.md, the national peak re-run), so a Dutch document skips them
                builder.useFont(() -> PdfRenderer.class.getResourceAsStream(ARABIC), "Noto Naskh Arabic", 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(() -> PdfRenderer.class.getResourceAsStream(ARABIC_BOLD), "Noto Naskh Arabic", 700,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
                builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            }
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.withProducer("Huisverbod ketensysteem");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed for " + template, e);
        }
        return out.toByteArray();
    }

    /** Whether the text holds a letter of the Arabic script (a leaflet in Arabic, a name written in it). */
    static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
