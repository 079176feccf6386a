package org.givefirst.ejb.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.givefirst.ejb.platform.SchemaMigration.Dialect;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations upgrade a database that already holds data without losing any: apply the first
 * migration, write members in it (in several scripts, emoji and right-to-left text included),
 * upgrade to the latest, and find everything intact and usable. On H2 always; on MySQL/MariaDB
 * when {@code MIGRATION_TEST_DB_URL} names an empty database (CI's MariaDB leg does).
 */
class SchemaMigrationTest {

    private static final String[] NAMES = {"Zoë Ñúñez", "李娜", "فاطمة الزهراء", "שרה כהן", "Tomás 🌱"};

    @Test
    void upgradesAnH2DatabaseWithDataIntact() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        upgradesWithDataIntact(h2, Dialect.H2);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "MIGRATION_TEST_DB_URL", matches = "jdbc:mysql:.*")
    void upgradesAMySqlDatabaseWithDataIntact() throws SQLException {
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(System.getenv("MIGRATION_TEST_DB_URL"));
        mysql.setUser(System.getenv("DB_USER"));
        mysql.setPassword(System.getenv("DB_PASSWORD"));
        upgradesWithDataIntact(mysql, Dialect.MYSQL);
    }

    private static void upgradesWithDataIntact(DataSource dataSource, Dialect dialect) throws SQLException {
        assertThat(Dialect.of(dataSource)).isEqualTo(dialect);
        SchemaMigration.configure(dataSource, dialect).cleanDisabled(false).load().clean();

        SchemaMigration.configure(dataSource, dialect).target("1").load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < NAMES.length; i++) {
                insertMember(connection, i + 1, NAMES[i]);
            }
        }

        var upgrade = SchemaMigration.configure(dataSource, dialect).load().migrate();
        assertThat(upgrade.migrationsExecuted).isPositive();

        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet members = statement.executeQuery(
                    "SELECT display_name, skill FROM members JOIN member_skills ON member_id = id ORDER BY id")) {
                for (String name : NAMES) {
                    assertThat(members.next()).isTrue();
                    assertThat(members.getString(1)).isEqualTo(name);
                    assertThat(members.getString(2)).isEqualTo("skill of " + name);
                }
                assertThat(members.next()).isFalse();
            }
            // The new tables work with the old rows.
            statement.executeUpdate("INSERT INTO offers (id, version, created_at, updated_at, giver_id, kind, title,"
                    + " capacity, status, used_this_month, usage_month) VALUES (100, 0, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP, 3, 'REFERENCE', 'مراجع للمهندسين', 2, 'ACTIVE', 0, 0)");
            try (ResultSet offer = statement.executeQuery(
                    "SELECT m.display_name, o.title FROM offers o JOIN members m ON m.id = o.giver_id")) {
                assertThat(offer.next()).isTrue();
                assertThat(offer.getString(1)).isEqualTo("فاطمة الزهراء");
                assertThat(offer.getString(2)).isEqualTo("مراجع للمهندسين");
            }
        }
    }

    private static void insertMember(Connection connection, long id, String name) throws SQLException {
        try (PreparedStatement member = connection.prepareStatement("INSERT INTO members (id, version, created_at,"
                + " updated_at, email, password_hash, display_name, guidelines_accepted_at)"
                + " VALUES (?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, 'hash', ?, CURRENT_TIMESTAMP)");
             PreparedStatement skill = connection.prepareStatement(
                     "INSERT INTO member_skills (member_id, skill) VALUES (?, ?)")) {
            member.setLong(1, id);
            member.setString(2, "member" + id + "@example.org");
            member.setString(3, name);
            member.executeUpdate();
            skill.setLong(1, id);
            skill.setString(2, "skill of " + name);
            skill.executeUpdate();
        }
    }
}
