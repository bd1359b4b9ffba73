package nl.huisverbod.figures;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats the cells of a figure table for the page, in the reader's language: 20,8 %, 1.234, x. */
@Component("cijfer")
public class CijferFormaat {

    public String waarde(Tabel.Cel c, Tabel.Soort soort) {
        if (c.onderdrukt()) {
            return TabelExport.ONDERDRUKT;
        }
        if (c.waarde() == null) {
            return "–";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return switch (soort) {
            case AANTAL -> NumberFormat.getIntegerInstance(locale).format(c.waarde());
            case AANDEEL -> {
                NumberFormat f = NumberFormat.getPercentInstance(locale);
                f.setMaximumFractionDigits(1);
                yield f.format(c.waarde());
            }
            case VERHOUDING, WAARDE -> {
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setMaximumFractionDigits(c.waarde() < 10 ? 2 : 1);
                yield f.format(c.waarde());
            }
        };
    }

    /** "5 van 24" for a share, "n = 24" for a statistic, nothing for a count. */
    public String n(Tabel.Cel c, Tabel.Soort soort) {
        if (c.onderdrukt() || soort == Tabel.Soort.AANTAL || c.n() == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale());
        return soort == Tabel.Soort.WAARDE ? "n = " + f.format(c.n())
                : f.format(c.aantal()) + " / " + f.format(c.n());
    }
}
