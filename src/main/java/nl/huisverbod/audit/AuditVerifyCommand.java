package nl.huisverbod.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The verification command: started with {@code --verify-audit}, the application checks the whole chain,
 * prints the result and exits with 0 (intact) or 3 (broken). See the README.
 */
@Component
@Order(-100)
class AuditVerifyCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);
    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("verify-audit")) {
            return;
        }
        AuditVerification result = trail.verify();
        if (result.intact()) {
            log.info("AUDIT TRAIL INTACT: {} entries checked, {} signed checkpoints match", result.entriesChecked(),
                    result.checkpointsChecked());
        } else {
            log.error("AUDIT TRAIL BROKEN at position {}: {} ({} entries checked)", result.firstBrokenPosition(),
                    result.problem(), result.entriesChecked());
        }
        int code = result.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
