package org.givefirst.web.health;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An instance that has just joined a cluster is ready once the data grid has finished moving its
 * share of the data (the members' sessions) to it: before that, a member sent there might not find
 * their session and look signed out. Once ready it stays ready — a peer dying later must not take
 * the survivors out of the balancer. Without Payara's data grid (another server) there is nothing
 * to wait for.
 */
@Readiness
@ApplicationScoped
public class DataGridReadinessCheck implements HealthCheck {

    /** Payara's data grid, as Payara binds it. */
    static final String GRID = "payara/Hazelcast";

    private final AtomicBoolean settled = new AtomicBoolean();

    @Override
    public HealthCheckResponse call() {
        if (!settled.get()) {
            settled.set(isSettled());
        }
        return HealthCheckResponse.named("data-grid").status(settled.get()).build();
    }

    private static boolean isSettled() {
        HazelcastInstance grid;
        try {
            grid = (HazelcastInstance) new InitialContext().lookup(GRID);
        } catch (NamingException | ClassCastException e) {
            return true; // no data grid here
        }
        return grid.getPartitionService().isClusterSafe();
    }
}
