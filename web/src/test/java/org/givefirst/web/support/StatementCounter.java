package org.givefirst.web.support;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the SQL statements that one HTTP request sends to the database, for the tests that hold
 * each page to a budget (an N+1 query fails the build). A test-only listener, added to the test
 * deployment: it hooks into EclipseLink's session events, and a request that carries the header
 * {@value #HEADER} has its statements recorded under the header's value — from before the
 * authentication mechanism runs until the response is written. Statements answered from the
 * entity cache never reach the database and are not counted, as it should be.
 */
@WebListener
public class StatementCounter implements ServletContextListener, ServletRequestListener {

    public static final String HEADER = "X-Count-Statements";

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final Map<String, List<String>> RECORDED = new ConcurrentHashMap<>();

    @PersistenceUnit(unitName = "givefirst")
    private EntityManagerFactory factory;

    /** The statements of the request that carried this token, once it has ended. */
    public static Optional<List<String>> recorded(String token) {
        return Optional.ofNullable(RECORDED.remove(token));
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        factory.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent sessionEvent) {
                List<String> statements = CURRENT.get();
                if (statements != null) {
                    statements.add(sessionEvent.getCall() instanceof DatabaseCall call
                            ? call.getSQLString() : String.valueOf(sessionEvent.getCall()));
                }
            }
        });
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && request.getHeader(HEADER) != null) {
            CURRENT.set(new ArrayList<>());
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        List<String> statements = CURRENT.get();
        CURRENT.remove();
        if (statements != null && event.getServletRequest() instanceof HttpServletRequest request) {
            RECORDED.put(request.getHeader(HEADER), statements);
        }
    }
}
