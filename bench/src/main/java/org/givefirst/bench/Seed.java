package org.givefirst.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.givefirst.ejb.platform.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills an empty GiveFirst database with the performance benchmark's community: migrates the
 * schema with the application's own migrations, generates the community from a seed, writes it,
 * and prints what the database then holds. Run it with {@code bench/seed.sh}.
 */
public final class Seed {

    static final long DEFAULT_SEED = 42;
    static final double DEFAULT_SCALE = 1.0;

    private static final String USAGE = """
            Usage: bench/seed.sh JDBC_URL USER PASSWORD [SEED] [SCALE]

            Fills an empty GiveFirst database with the benchmark's community: 10,000 members,
            30,000 offers, 50,000 help requests and 100,000 matches in every state, with references,
            thanks, conversations and notifications, all times SCALE (default 1; 0.05 for a quick try).
            Generated from SEED (default 42): the same seed gives the same rows, dated relative to now.
            Member N signs in as memberN@seed.givefirst.invalid with the password "%s".

            JDBC_URL, for example:
              H2             jdbc:h2:/path/to/givefirst;AUTO_SERVER=TRUE
              MySQL/MariaDB  jdbc:mysql://127.0.0.1:3306/givefirst?rewriteBatchedStatements=true
                             (without rewriteBatchedStatements every row is a round trip: many times slower)

            Refuses a database that already holds members, so it cannot fill a real one twice.
            """.formatted(SeedPassword.PASSWORD);

    private static final List<String> TABLES = List.of("members", "member_skills", "notification_preferences",
            "offers", "offer_tags", "offer_words", "help_requests", "request_tags", "matches", "conversations",
            "messages", "notifications");

    /** Flyway logs every step; the one line of SchemaMigration says what matters. Held: JUL forgets unreferenced loggers. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Seed() {
    }

    /** What the command line says. */
    private record Arguments(String url, String user, String password, long seed, double scale) {

        /** The arguments, or {@link IllegalArgumentException} when they are not what the usage says. */
        static Arguments of(String[] args) {
            if (args.length < 3 || args.length > 5) {
                throw new IllegalArgumentException("3 to 5 arguments");
            }
            if (!args[0].startsWith("jdbc:h2:") && !args[0].startsWith("jdbc:mysql:")) {
                throw new IllegalArgumentException("neither H2 nor MySQL: " + args[0]);
            }
            long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
            double scale = args.length > 4 ? Double.parseDouble(args[4]) : DEFAULT_SCALE;
            if (!(scale > 0)) {
                throw new IllegalArgumentException("scale " + scale);
            }
            return new Arguments(args[0], args[1], args[2], seed, scale);
        }
    }

    public static void main(String[] args) throws SQLException {
        Arguments arguments;
        try {
            arguments = Arguments.of(args);
        } catch (IllegalArgumentException e) {
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (arguments.url().startsWith("jdbc:mysql:") && !arguments.url().contains("rewriteBatchedStatements=true")) {
            System.out.println("Hint: add ?rewriteBatchedStatements=true to the URL; without it this takes far longer.");
        }
        FLYWAY_LOG.setLevel(Level.WARNING);
        DataSource dataSource = dataSource(arguments);
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (holdsMembers(connection)) {
                System.err.println("The database already holds members: the seed fills only an empty GiveFirst"
                        + " database. Nothing was changed.");
                System.exit(1);
            }
        }
        SchemaMigration.bringUpToDate(dataSource);
        seed(dataSource, arguments.seed(), Community.Size.scaled(arguments.scale()));
        if (arguments.url().startsWith("jdbc:h2:")) {
            compact(dataSource);
        }
        System.out.printf(Locale.ROOT, "Seeded in %.1f s.%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Closes the H2 file compacted, as a database that has lived a while is: left as the bulk load
     * wrote it, H2 spends minutes of a core rewriting it in the background once GiveFirst opens it,
     * in the middle of what the benchmark measures.
     */
    private static void compact(DataSource dataSource) throws SQLException {
        long compacting = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        System.out.printf(Locale.ROOT, "Compacted the H2 file in %.1f s.%n", (System.nanoTime() - compacting) / 1e9);
    }

    private static void seed(DataSource dataSource, long seed, Community.Size size) throws SQLException {
        long now = Instant.now().getEpochSecond();
        String passwordHash = SeedPassword.hash();
        try (Connection connection = dataSource.getConnection()) {
            long generating = System.nanoTime();
            Community community = Community.generate(seed, size, now, lastIdHandedOut(connection));
            System.out.printf(Locale.ROOT, "Generated the community (seed %d, %,d members) in %.1f s; writing:%n",
                    seed, size.members(), (System.nanoTime() - generating) / 1e9);
            new SeedWriter(connection, System.out).write(community, passwordHash);
            printContents(connection);
        }
    }

    private static DataSource dataSource(Arguments arguments) {
        if (arguments.url().startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(arguments.url());
            h2.setUser(arguments.user());
            h2.setPassword(arguments.password());
            return h2;
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(arguments.url());
        mysql.setUser(arguments.user());
        mysql.setPassword(arguments.password());
        return mysql;
    }

    /** Whether the members table exists and has rows (a database the application never ran on has neither). */
    private static boolean holdsMembers(Connection connection) throws SQLException {
        boolean hasTable = false;
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                hasTable |= "members".equalsIgnoreCase(tables.getString("TABLE_NAME"));
            }
        }
        return hasTable && count(connection, "SELECT COUNT(*) FROM members") > 0;
    }

    /** Where the application's id sequence stands: the seed's ids follow it (0 in a new database). */
    private static long lastIdHandedOut(Connection connection) throws SQLException {
        return count(connection, "SELECT seq_value FROM id_sequences WHERE seq_name = 'entity'");
    }

    private static void printContents(Connection connection) throws SQLException {
        System.out.println("The database now holds:");
        for (String table : TABLES) {
            System.out.printf(Locale.ROOT, "  %-26s %,10d%n", table, count(connection, "SELECT COUNT(*) FROM " + table));
        }
        printByStatus(connection, "matches");
        printByStatus(connection, "help_requests");
        printByStatus(connection, "offers");
    }

    private static void printByStatus(Connection connection, String table) throws SQLException {
        System.out.println(table + " by status:");
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT status, COUNT(*) FROM " + table + " GROUP BY status ORDER BY status")) {
            while (rows.next()) {
                System.out.printf(Locale.ROOT, "  %-26s %,10d%n", rows.getString(1), rows.getLong(2));
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
