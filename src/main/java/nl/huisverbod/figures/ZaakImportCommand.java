package nl.huisverbod.figures;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.huisverbod.identity.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command line import of historical cases: {@code --import-zaken=FILE --bron=NAME --als=USER} imports the
 * JSON Lines file as the named functional administrator (so the audit trail says who), logs progress after
 * every chunk, lists the rejected lines and exits: 0 when every line was stored, 4 when some were rejected,
 * 1 when the import could not run. See the README.
 */
@Component
@Order(20) // after the demo data, so that a fresh embedded database has the administrator to import as
class ZaakImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ZaakImportCommand.class);
    private final ZaakImport zaakImport;
    private final RunAs runAs;
    private final ConfigurableApplicationContext context;

    ZaakImportCommand(ZaakImport zaakImport, RunAs runAs, ConfigurableApplicationContext context) {
        this.zaakImport = zaakImport;
        this.runAs = runAs;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("import-zaken")) {
            return;
        }
        int code;
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-NL")); // rejected lines explained as in the UI
        try {
            Path file = Path.of(args.getOptionValues("import-zaken").get(0));
            String bron = one(args, "bron");
            String als = one(args, "als");
            ZaakImport.Voortgang klaar;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                klaar = runAs.call(als, () -> zaakImport.importeer(bron, reader, v -> log.info(
                        "import {}: {} regels verwerkt, {} opgeslagen, {} afgewezen", v.bron(), v.verwerkt(),
                        v.opgeslagen(), v.afgewezenAantal())));
            }
            klaar.afgewezen().forEach(a -> log.warn("regel {}: {}", a.regel(), String.join("; ", a.redenen())));
            log.info("IMPORT KLAAR: {} regels, {} opgeslagen, {} afgewezen", klaar.regels(), klaar.opgeslagen(),
                    klaar.afgewezenAantal());
            code = klaar.afgewezenAantal() == 0 ? 0 : 4;
        } catch (IOException | RuntimeException e) {
            log.error("IMPORT MISLUKT: {}", e.getMessage(), e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static String one(ApplicationArguments args, String name) {
        var values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return values.get(0);
    }
}
