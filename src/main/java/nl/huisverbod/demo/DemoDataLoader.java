package nl.huisverbod.demo;

import java.util.List;
import nl.huisverbod.identity.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set once, on the embedded default only (no external datasource), and prints the demo
 * users with their password at every start.
 */
@Component
@Order(10)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${huisverbod.demo.enabled:true}")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final Organisations organisations;
    private final DemoOrganisations demoOrganisations;
    private final DemoUsers demoUsers;
    private final DemoCases demoCases;
    private final DemoCijfers demoCijfers;
    private final TransactionTemplate transactions;
    private final String password;
    private final boolean cases;
    private final DemoSystems demoSystems;
    private final String systemSecret;

    DemoDataLoader(Organisations organisations, DemoOrganisations demoOrganisations, DemoUsers demoUsers,
                   DemoCases demoCases, DemoCijfers demoCijfers, TransactionTemplate transactions,
                   @Value("${huisverbod.demo.password:huisverbod-demo}") String password,
                   @Value("${huisverbod.demo.cases:true}") boolean cases, DemoSystems demoSystems,
                   @Value("${huisverbod.demo.system-secret:huisverbod-demo-systeem}") String systemSecret) {
        this.demoSystems = demoSystems;
        this.systemSecret = systemSecret;
        this.organisations = organisations;
        this.demoOrganisations = demoOrganisations;
        this.demoUsers = demoUsers;
        this.demoCases = demoCases;
        this.demoCijfers = demoCijfers;
        this.transactions = transactions;
        this.password = password;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("verify-audit")) {
            return;
        }
        if (organisations.count() > 0) {
            demoSystems.createMissing(systemSecret);
            log.info("Demo data present. Demo users log in with password '{}', demo systems get tokens with secret '{}'"
                    + " (see README).", password, systemSecret);
            return;
        }
        List<DemoUsers.DemoUser> users = transactions.execute(status -> {
            demoOrganisations.create();
            return demoUsers.create(password);
        });
        if (cases) {
            demoCases.create();
            demoCijfers.create();
        }
        var table = new StringBuilder("\n\n  Demo users (password for all: ").append(password).append(")\n");
        users.forEach(u -> table.append(String.format("  %-24s %-22s %s%n", u.username(), u.role(), u.organisation())));
        table.append("  burgemeester.tynaarlo logs in with a second factor: add the key ")
                .append(DemoUsers.SECOND_FACTOR_SECRET).append(" to an authenticator app (README)\n");
        table.append("\n  Demo systems (OAuth 2.0 client credentials at /oauth2/token, secret for all: ")
                .append(systemSecret).append(")\n");
        demoSystems.createMissing(systemSecret).forEach(s -> table.append(String.format("  %-34s %-16s %s%n",
                s.clientId(), s.role(), s.organisation())));
        log.info("{}", table);
    }
}
