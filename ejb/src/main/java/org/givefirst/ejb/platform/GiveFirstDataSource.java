package org.givefirst.ejb.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * GiveFirst's own datasource, configured by MicroProfile Config: the embedded H2 file by default
 * (META-INF/microprofile-config.properties), MySQL when the environment says so
 * ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, {@code DB_DATASOURCE}). Payara resolves
 * the {@code ${MPCONFIG=…}} values when the application is deployed.
 *
 * <p>Connections are validated before use and a broken pool is dropped whole, so the application
 * comes back by itself after the database restarts.
 */
@DataSourceDefinition(
        name = GiveFirstDataSource.NAME,
        className = "${MPCONFIG=db.datasource}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        // Two cores, and requests that spend their time in the database: 4 to 16 connections.
        initialPoolSize = 4,
        minPoolSize = 4,
        maxPoolSize = 16,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@Singleton
public class GiveFirstDataSource {

    public static final String NAME = "java:app/jdbc/givefirst";
}
