package org.givefirst.ejb.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.givefirst.domain.shared.ConcurrentChangeException;

import java.sql.SQLException;

/** Writing a use case's changes now, with a clear answer when someone acted at the same moment. */
public final class Writes {

    private Writes() {
    }

    /** Flushes; a version conflict with a concurrent change becomes {@link ConcurrentChangeException}. */
    public static void flush(EntityManager entityManager) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * Flushes; a version conflict, or a unique constraint that a concurrent insert took first,
     * becomes {@link ConcurrentChangeException}.
     */
    public static void flushRacingInsert(EntityManager entityManager) {
        try {
            flush(entityManager);
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw new ConcurrentChangeException();
            }
            throw e;
        }
    }

    /** SQL state class 23 is "integrity constraint violation" on H2 and MySQL alike. */
    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
