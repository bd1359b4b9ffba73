package nl.huisverbod.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without a configured virus scanner, uploads are checked for their structure only (logged at start). */
@Configuration(proxyBeanMethods = false)
class DocumentScanners {

    private static final Logger log = LoggerFactory.getLogger(DocumentScanners.class);

    @Bean
    @ConditionalOnMissingBean(DocumentScanner.class)
    DocumentScanner none() {
        log.warn("No virus scanner configured: uploaded documents are checked for their structure only");
        return content -> true;
    }
}
