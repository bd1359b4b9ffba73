package nl.huisverbod.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English page says nothing in Dutch (issue 12): no Dutch word outside the names of people, places and
 * organisations and outside what is marked as Dutch ({@code lang="nl"}: what people typed, a recorded text, the
 * name of the language itself). It looks for the words every Dutch sentence or button has ("het", "niet",
 * "opslaan") and English never does, so the law's own terms (huisverbod, beschikking, zorgadvies, Wth art. 2
 * lid 8) pass, as the glossary wants, and a sentence left in Dutch does not.
 */
public final class DutchText {

    static final Set<String> WORDS = Set.of("het", "een", "niet", "voor", "zijn", "wordt", "worden", "geen",
            "nog", "naar", "uit", "deze", "dit", "bij", "heeft", "hebben", "kunnen", "moet", "moeten", "alle", "ook",
            "als", "maar", "wat", "wie", "waar", "zoals", "tot", "en", "er", "aan", "uw", "wij", "ons", "onze", "zij",
            "hun", "welke", "om", "op", "te", "terug", "opslaan", "zoeken", "volgende", "vorige", "annuleren", "toon",
            "inloggen", "uitloggen", "pagina", "termijn", "termijnen", "verlengd", "opgelegd", "gelezen", "ververs",
            "overtreding", "toestemming", "gegevens", "naam", "nieuw", "nieuwe", "ja", "nee", "gemeente", "gemeenten",
            "jaar", "maand", "dag", "dagen", "uur", "bewaren", "versturen", "verstuurd", "bekijk", "gemeld", "loopt");
    /** Institutions named in the law and the organisations' own names (proper nouns, kept in Dutch). */
    private static final List<String> INSTITUTIONS = List.of("Raad voor de Kinderbescherming", "Openbaar Ministerie",
            "Wet tijdelijk huisverbod");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The page's text, without scripts and without what is marked as Dutch. */
    private static final String TEXT = """
            () => {
              const out = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                if (!el || el.closest('script,style,noscript,template,code,kbd,samp,svg')) continue; // code: values as in a file; a chart: its table beside it is read
                const marked = el.closest('[lang]');
                if (marked && marked !== document.documentElement && marked.lang.toLowerCase().startsWith('nl')) continue;
                out.push(n.textContent);
              }
              document.querySelectorAll('input[placeholder],textarea[placeholder]').forEach(i => out.push(i.placeholder));
              document.querySelectorAll('[aria-label]').forEach(e => out.push(e.getAttribute('aria-label')));
              document.querySelectorAll('img[alt]').forEach(e => out.push(e.alt));
              out.push(document.title);
              return out.join(' \\n ');
            }""";

    private DutchText() {
    }

    /** Every Dutch word on the page, with the text around it; none when the page is wholly English. */
    public static List<String> on(Page page, Set<String> properNames) {
        assertThat(page.locator("html").getAttribute("lang")).as("language of %s", page.url()).isEqualTo("en");
        // addresses on the web are not words of a language
        String text = String.valueOf(page.evaluate(TEXT)).replaceAll("https?://\\S+", " ");
        List<String> names = new ArrayList<>(properNames);
        names.addAll(INSTITUTIONS);
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String proper : names) {
            if (!proper.isBlank()) { // whole words only: "Noor" is a name, "Noord-Brabant" another
                text = text.replaceAll("(?<!\\p{L})" + Pattern.quote(proper) + "(?!\\p{L})", " ");
            }
        }
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean capitals = m.group().equals(m.group().toUpperCase(Locale.ROOT)) && m.group().length() > 1;
            if (!capitals && WORDS.contains(m.group().toLowerCase(Locale.ROOT))) { // "EN 301 549" is a standard
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                found.add(m.group() + " in \"" + text.substring(from, to).replaceAll("\\s+", " ").trim() + "\"");
            }
        }
        return found;
    }
}
