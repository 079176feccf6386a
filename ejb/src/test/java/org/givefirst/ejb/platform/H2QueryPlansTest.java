package org.givefirst.ejb.platform;

import org.givefirst.ejb.platform.SchemaMigration.Dialect;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans on H2, the embedded default, where {@link QueryPlansTest} cannot look: the queries whose
 * speed hangs on H2 reading an index in the order asked for. It once read and sorted every member
 * on each search, and every completion of the month for each dashboard's recent giving.
 */
class H2QueryPlansTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"IX_MEMBERS_NAME|" + QueryPlansTest.MEMBER_SEARCH,
            "IX_MATCHES_RECENT|" + QueryPlansTest.RECENT_GIVING})
    void readsTheIndexInTheOrderAskedFor(String index, String query) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.configure(h2, Dialect.H2).load().migrate();
        try (Connection connection = h2.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO members (id, version, created_at, updated_at, email, password_hash,"
                    + " display_name, guidelines_accepted_at) SELECT x, 0, NOW(), NOW(), CONCAT('m', x, '@example.org'),"
                    + " 'h', CONCAT('Member ', x), NOW() FROM SYSTEM_RANGE(1, 500)");
            statement.execute("ANALYZE");
            try (ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
                assertThat(plan.next()).isTrue();
                assertThat(plan.getString(1)).contains(index).contains("index sorted");
            }
        }
    }
}
