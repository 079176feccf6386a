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
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

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
 *
 * <p>It also records which queries EclipseLink translated into SQL for the request (a named query
 * is translated once, unless a caller's change makes a copy of it that is translated again: see
 * {@code ReadLimit}). EclipseLink reports each translation to a session profiler, so this listener
 * sets one that only listens for them.
 */
@WebListener
public class StatementCounter implements ServletContextListener, ServletRequestListener {

    public static final String HEADER = "X-Count-Statements";

    /** What one request sent to the database, and the queries translated into SQL for it (by name). */
    public record Recording(List<String> statements, List<String> translations) {
    }

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
    private static final Map<String, Recording> RECORDED = new ConcurrentHashMap<>();

    @PersistenceUnit(unitName = "givefirst")
    private EntityManagerFactory factory;

    /** The recording of the request that carried this token, once it has ended. */
    public static Optional<Recording> recorded(String token) {
        return Optional.ofNullable(RECORDED.remove(token));
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Session session = factory.unwrap(Session.class);
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent sessionEvent) {
                Recording recording = CURRENT.get();
                if (recording != null) {
                    recording.statements().add(sessionEvent.getCall() instanceof DatabaseCall call
                            ? call.getSQLString() : String.valueOf(sessionEvent.getCall()));
                }
            }
        });
        session.setProfiler(new SessionProfilerAdapter() {
            @Override
            public void startOperationProfile(String operation, DatabaseQuery query, int weight) {
                Recording recording = CURRENT.get();
                if (recording != null && SessionProfiler.QueryPreparation.equals(operation)) {
                    recording.translations().add(query == null ? "?" : query.getName() + ": " + query.getJPQLString());
                }
            }
        });
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && request.getHeader(HEADER) != null) {
            CURRENT.set(new Recording(new ArrayList<>(), new ArrayList<>()));
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        Recording recording = CURRENT.get();
        CURRENT.remove();
        if (recording != null && event.getServletRequest() instanceof HttpServletRequest request) {
            RECORDED.put(request.getHeader(HEADER), recording);
        }
    }
}
