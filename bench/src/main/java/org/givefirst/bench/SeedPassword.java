package org.givefirst.bench;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.givefirst.ejb.member.PasswordHasher;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The one password every seeded member signs in with, hashed once by the application's own
 * {@link PasswordHasher} — PBKDF2 at 600,000 iterations costs a noticeable fraction of a second.
 */
final class SeedPassword {

    /** The demo community's password, so that whoever tries the benchmark data already knows it. */
    static final String PASSWORD = "give first, then ask";

    private SeedPassword() {
    }

    static String hash() {
        PasswordHasher hasher = hasherOutsideTheServer();
        String hash = hasher.hash(PASSWORD);
        if (!hasher.verify(PASSWORD, hash)) {
            throw new IllegalStateException("The password hash does not verify");
        }
        return hash;
    }

    /**
     * PasswordHasher is a CDI bean; with no container here, the seed plays one: it injects
     * Soteria's PBKDF2 (the implementation Payara ships) and calls the bean's @PostConstruct.
     */
    private static PasswordHasher hasherOutsideTheServer() {
        try {
            PasswordHasher hasher = new PasswordHasher();
            for (Field field : PasswordHasher.class.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    if (field.getType() != Pbkdf2PasswordHash.class) {
                        throw new IllegalStateException("PasswordHasher now needs a " + field.getType().getName()
                                + " injected: teach SeedPassword to provide it");
                    }
                    field.setAccessible(true);
                    field.set(hasher, new Pbkdf2PasswordHashImpl());
                }
            }
            for (Method method : PasswordHasher.class.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PostConstruct.class)) {
                    method.setAccessible(true);
                    method.invoke(hasher);
                }
            }
            return hasher;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set up the application's PasswordHasher", e);
        }
    }
}
