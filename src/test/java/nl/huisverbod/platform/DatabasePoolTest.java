package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.huisverbod.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's pool is sized and bounded as configured, so that a peak gets 503s instead of 30 s waits. */
@IntegrationTest
class DatabasePoolTest {

    @Autowired
    DataSource dataSource;

    @Test
    void a_request_waits_at_most_five_seconds_for_a_connection_of_the_application_role() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
        assertThat(pool.getUsername()).isEqualTo("huisverbod_app");
    }
}
