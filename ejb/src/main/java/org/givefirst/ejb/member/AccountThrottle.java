package org.givefirst.ejb.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing and mail bombing. Asked before any password is hashed: at most
 * {@code givefirst.throttle.signInsPerAddress} sign-in attempts per client address in 5 minutes
 * (25), and {@code givefirst.throttle.failuresToLock} failures (10) lock an account for
 * {@code givefirst.throttle.lockMinutes} (10), from any address; an account never takes more than
 * {@code givefirst.throttle.failuresPerHour} failures (100) in an hour, whatever the lock settings.
 * And at most {@code givefirst.throttle.resetsPerHour} password-reset emails (3) per email an hour.
 *
 * <p>The counters live in Payara's JCache (its data grid), so every instance of a cluster counts
 * the same attempts. Each one is a fixed window that starts with its first count and expires with
 * it. Accounts are keyed by the email as typed (normalised), so unknown emails count alike and
 * refusals reveal nothing.
 */
@ApplicationScoped
public class AccountThrottle {

    /** Why an attempt is refused; the sign-in page words each kindly. */
    public enum Refusal { TOO_MANY_FROM_ADDRESS, ACCOUNT_LOCKED }

    static final int ADDRESS_WINDOW_MINUTES = 5;
    static final int HOUR_MINUTES = 60;

    @Inject
    private CacheManager cacheManager;

    @Inject
    @ConfigProperty(name = "givefirst.throttle.signInsPerAddress", defaultValue = "25")
    private int signInsPerAddress;

    @Inject
    @ConfigProperty(name = "givefirst.throttle.failuresToLock", defaultValue = "10")
    private int failuresToLock;

    @Inject
    @ConfigProperty(name = "givefirst.throttle.lockMinutes", defaultValue = "10")
    private int lockMinutes;

    @Inject
    @ConfigProperty(name = "givefirst.throttle.failuresPerHour", defaultValue = "100")
    private int failuresPerHour;

    @Inject
    @ConfigProperty(name = "givefirst.throttle.resetsPerHour", defaultValue = "3")
    private int resetsPerHour;

    /** Counts an attempt from this address for this email; empty when it may go on to the password check. */
    public Optional<Refusal> attempt(String clientAddress, String typedEmail) {
        if (increment(cache("givefirst-signin-address", ADDRESS_WINDOW_MINUTES), clientAddress) > signInsPerAddress) {
            return Optional.of(Refusal.TOO_MANY_FROM_ADDRESS);
        }
        String account = account(typedEmail);
        Integer lastHour = cache("givefirst-signin-failures-hour", HOUR_MINUTES).get(account);
        if (cache("givefirst-signin-locks", lockMinutes).containsKey(account)
                || lastHour != null && lastHour >= failuresPerHour) {
            return Optional.of(Refusal.ACCOUNT_LOCKED);
        }
        return Optional.empty();
    }

    /** A wrong password (or an unknown email): the tenth in a row locks the account for a while. */
    public void failed(String typedEmail) {
        String account = account(typedEmail);
        increment(cache("givefirst-signin-failures-hour", HOUR_MINUTES), account);
        Cache<String, Integer> failures = cache("givefirst-signin-failures", lockMinutes);
        if (increment(failures, account) >= failuresToLock) {
            cache("givefirst-signin-locks", lockMinutes).put(account, failuresToLock);
            failures.remove(account);
        }
    }

    /** Signed in: the failures in a row start again from zero (the hour's count stays). */
    public void succeeded(String typedEmail) {
        cache("givefirst-signin-failures", lockMinutes).remove(account(typedEmail));
    }

    /** Counts a password-reset request for this email; false beyond the hour's allowance. */
    public boolean resetAllowed(String typedEmail) {
        return increment(cache("givefirst-reset-requests", HOUR_MINUTES), account(typedEmail)) <= resetsPerHour;
    }

    private static String account(String typedEmail) {
        return typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds one, atomically across the cluster (compare-and-set on the grid). */
    private static int increment(Cache<String, Integer> counters, String key) {
        while (true) {
            Integer current = counters.get(key);
            if (current == null) {
                if (counters.putIfAbsent(key, 1)) {
                    return 1;
                }
            } else if (counters.replace(key, current, current + 1)) {
                return current + 1;
            }
        }
    }

    /** A cache whose entries expire this long after they were created: a fixed window per key. */
    private Cache<String, Integer> cache(String name, int windowMinutes) {
        Cache<String, Integer> cache = cacheManager.getCache(name, String.class, Integer.class);
        if (cache != null) {
            return cache;
        }
        try {
            return cacheManager.createCache(name, new MutableConfiguration<String, Integer>()
                    .setTypes(String.class, Integer.class)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MINUTES, windowMinutes))));
        } catch (CacheException e) {
            return cacheManager.getCache(name, String.class, Integer.class); // another instance made it first
        }
    }
}
