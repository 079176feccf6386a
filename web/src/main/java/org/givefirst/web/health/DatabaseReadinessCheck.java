package org.givefirst.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.givefirst.ejb.platform.DatabaseProbe;

/** GiveFirst is ready only when its database answers: without it no page can be served. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @EJB
    private DatabaseProbe databaseProbe;

    @Override
    public HealthCheckResponse call() {
        boolean answers;
        try {
            answers = databaseProbe.answers();
        } catch (RuntimeException e) {
            answers = false;
        }
        return HealthCheckResponse.named("database").status(answers).build();
    }
}
