package nl.huisverbod.risk;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Registers the shipped instrument definitions at start-up (each version once). */
@Component
@Order(1)
class InstrumentLoader implements ApplicationRunner {

    private final InstrumentCatalogue catalogue;

    InstrumentLoader(InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogue.registerShipped();
    }
}
