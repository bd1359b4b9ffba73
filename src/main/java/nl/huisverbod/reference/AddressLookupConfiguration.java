package nl.huisverbod.reference;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the address lookup: {@code huisverbod.address-lookup=pc4} (default) reads the CBS postcode table
 * shipped with the application; {@code bag} asks the Kadaster's BAG API (ADR 0017), falling back on the table.
 */
@Configuration(proxyBeanMethods = false)
class AddressLookupConfiguration {

    @Bean
    @ConditionalOnProperty(name = "huisverbod.address-lookup", havingValue = "pc4", matchIfMissing = true)
    AddressLookup postcodeTableLookup() {
        return new Pc4AddressLookup();
    }

    @Bean
    @ConditionalOnProperty(name = "huisverbod.address-lookup", havingValue = "bag")
    AddressLookup bagAddressLookup(@Value("${huisverbod.bag.url}") URI url,
                                   @Value("${huisverbod.bag.api-key:}") String apiKey,
                                   @Value("${huisverbod.bag.timeout:PT4S}") Duration timeout,
                                   @Value("${huisverbod.bag.woonplaats-cache:PT24H}") Duration woonplaatsCache) {
        if (apiKey.isBlank()) {
            throw new IllegalStateException(
                    "huisverbod.address-lookup=bag needs the Kadaster's API key in HUISVERBOD_BAG_API_KEY");
        }
        return new BagAddressLookup(new BagClient(url, apiKey, timeout), new Pc4AddressLookup(), woonplaatsCache);
    }
}
