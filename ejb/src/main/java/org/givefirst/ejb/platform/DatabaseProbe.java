package org.givefirst.ejb.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Tells whether the database answers a trivial query: the substance of the readiness check. */
@Stateless
public class DatabaseProbe {

    @PersistenceContext
    private EntityManager entityManager;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean answers() {
        try {
            Object one = entityManager.createNativeQuery("SELECT 1").getSingleResult();
            return one instanceof Number number && number.intValue() == 1;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
