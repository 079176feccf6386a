package org.givefirst.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations (db/migration in the domain jar) when
 * the application starts, before any use case runs. Other startup beans that need the schema
 * declare {@code @DependsOn("SchemaMigration")}.
 *
 * <p>The migrations are plain SQL shared by H2 and MySQL/MariaDB; where the dialects differ they
 * use placeholders that are filled in here from the database product.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits its own work
public class SchemaMigration {

    /** The datasource GiveFirst runs on; the same name is the persistence unit's jta-data-source. */
    public static final String DATASOURCE = GiveFirstDataSource.NAME;

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        bringUpToDate(dataSource);
    }

    /**
     * Brings the schema of this datasource up to date. Public for the tools that fill a database
     * outside the server (the benchmark's seed generator), so they get exactly the application's schema.
     */
    public static void bringUpToDate(DataSource dataSource) {
        Dialect dialect = Dialect.of(dataSource);
        Flyway flyway = configure(dataSource, dialect).load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Schema at version " + (current == null ? "none" : current.getVersion()) + " on " + dialect
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Flyway set up for GiveFirst's migrations on this datasource (also used by the migration test). */
    static FluentConfiguration configure(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders(dialect))
                .failOnMissingLocations(true);
    }

    private static Map<String, String> placeholders(Dialect dialect) {
        Map<String, String> placeholders = new HashMap<>(dialect.placeholders());
        // A fresh random value at each run; only the migration that creates a secret uses it, once.
        placeholders.put("random_secret", randomSecret());
        return placeholders;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SQL dialects the migrations are written for. */
    enum Dialect {
        H2(Map.of("timestamp", "TIMESTAMP(0)", "table_options", "")),
        MYSQL(Map.of("timestamp", "DATETIME",
                "table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"));

        private final Map<String, String> placeholders;

        Dialect(Map<String, String> placeholders) {
            this.placeholders = placeholders;
        }

        Map<String, String> placeholders() {
            return placeholders;
        }

        static Dialect of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                if (product.contains("h2")) {
                    return H2;
                }
                if (product.contains("mysql") || product.contains("mariadb")) {
                    return MYSQL;
                }
                throw new IllegalStateException("GiveFirst runs on H2 or MySQL/MariaDB, not on " + product);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database to migrate its schema", e);
            }
        }
    }
}
