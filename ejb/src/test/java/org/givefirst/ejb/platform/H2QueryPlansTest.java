package org.givefirst.ejb.platform;

import org.givefirst.ejb.platform.SchemaMigration.Dialect;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans on H2, the embedded default, where {@link QueryPlansTest} cannot look: the queries whose
 * speed hangs on H2 choosing the index (it once read and sorted every member on each search).
 */
class H2QueryPlansTest {

    @Test
    void memberSearchWalksTheNameIndexInOrder() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.configure(h2, Dialect.H2).load().migrate();
        try (Connection connection = h2.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO members (id, version, created_at, updated_at, email, password_hash,"
                    + " display_name, guidelines_accepted_at) SELECT x, 0, NOW(), NOW(), CONCAT('m', x, '@example.org'),"
                    + " 'h', CONCAT('Member ', x), NOW() FROM SYSTEM_RANGE(1, 500)");
            statement.execute("ANALYZE");
            try (ResultSet plan = statement.executeQuery("EXPLAIN " + QueryPlansTest.MEMBER_SEARCH)) {
                assertThat(plan.next()).isTrue();
                assertThat(plan.getString(1)).containsIgnoringCase("IX_MEMBERS_NAME").contains("index sorted");
            }
        }
    }
}
