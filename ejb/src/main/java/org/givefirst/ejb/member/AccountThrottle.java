package org.givefirst.ejb.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.givefirst.domain.community.Setting;
import org.givefirst.ejb.community.CommunitySettings;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing, mass sign-ups and mail bombing. Asked before any password is
 * hashed. The limits are community settings (see {@link Setting}, defaults in brackets):
 * <ul>
 * <li>at most {@link Setting#SIGN_INS_PER_ADDRESS} sign-in attempts per client address in 5 minutes (25);</li>
 * <li>{@link Setting#FAILURES_TO_LOCK} failures in a row within an hour (10) lock an account for
 *     {@link Setting#LOCK_MINUTES} (10), from any address;</li>
 * <li>an account never takes more than {@link Setting#FAILURES_PER_HOUR} failures an hour (100),
 *     whatever the lock settings;</li>
 * <li>at most {@link Setting#SIGN_UPS_PER_ADDRESS} sign-ups per client address an hour (20);</li>
 * <li>at most {@link Setting#RESETS_PER_HOUR} password-reset emails per email an hour (3).</li>
 * </ul>
 *
 * <p>The counters live in Payara's JCache (its data grid), so every instance of a cluster counts
 * the same attempts. Each one is a fixed window that starts with its first count and expires with
 * it; a lock holds the instant it ends, so a changed lock length applies to the next lock. Accounts
 * are keyed by the email as typed (normalised), so unknown emails count alike and refusals reveal
 * nothing.
 */
@ApplicationScoped
public class AccountThrottle {

    /** Why an attempt is refused; the sign-in page words each kindly. */
    public enum Refusal { TOO_MANY_FROM_ADDRESS, ACCOUNT_LOCKED }

    static final int ADDRESS_WINDOW_MINUTES = 5;
    static final int HOUR_MINUTES = 60;
    /** Longer than any lock may last ({@link Setting#LOCK_MINUTES} at most a day). */
    static final int LOCK_WINDOW_MINUTES = 24 * 60;

    @Inject
    private CacheManager cacheManager;

    @Inject
    private CommunitySettings settings;

    @Inject
    private Clock clock;

    /** Counts an attempt from this address for this email; empty when it may go on to the password check. */
    public Optional<Refusal> attempt(String clientAddress, String typedEmail) {
        if (increment(cache("givefirst-signin-address", ADDRESS_WINDOW_MINUTES), clientAddress)
                > settings.value(Setting.SIGN_INS_PER_ADDRESS)) {
            return Optional.of(Refusal.TOO_MANY_FROM_ADDRESS);
        }
        String account = account(typedEmail);
        Integer lastHour = cache("givefirst-signin-failures-hour", HOUR_MINUTES).get(account);
        Long lockedUntil = locks().get(account);
        if (lockedUntil != null && lockedUntil > clock.millis()
                || lastHour != null && lastHour >= settings.value(Setting.FAILURES_PER_HOUR)) {
            return Optional.of(Refusal.ACCOUNT_LOCKED);
        }
        return Optional.empty();
    }

    /**
     * A wrong password (or an unknown email): the tenth in a row locks the account for a while.
     *
     * @return whether this failure locked the account
     */
    public boolean failed(String typedEmail) {
        String account = account(typedEmail);
        increment(cache("givefirst-signin-failures-hour", HOUR_MINUTES), account);
        Cache<String, Integer> failures = cache("givefirst-signin-failures", HOUR_MINUTES);
        if (increment(failures, account) >= settings.value(Setting.FAILURES_TO_LOCK)) {
            locks().put(account, clock.millis() + TimeUnit.MINUTES.toMillis(settings.value(Setting.LOCK_MINUTES)));
            failures.remove(account);
            return true;
        }
        return false;
    }

    /** Signed in: the failures in a row start again from zero (the hour's count stays). */
    public void succeeded(String typedEmail) {
        cache("givefirst-signin-failures", HOUR_MINUTES).remove(account(typedEmail));
    }

    /** Counts a sign-up from this address; false beyond the hour's allowance. */
    public boolean signUpAllowed(String clientAddress) {
        return increment(cache("givefirst-signup-address", HOUR_MINUTES), clientAddress)
                <= settings.value(Setting.SIGN_UPS_PER_ADDRESS);
    }

    /** Counts a password-reset request for this email; false beyond the hour's allowance. */
    public boolean resetAllowed(String typedEmail) {
        return increment(cache("givefirst-reset-requests", HOUR_MINUTES), account(typedEmail))
                <= settings.value(Setting.RESETS_PER_HOUR);
    }

    /** Locked accounts, each with the instant (epoch milliseconds) its lock ends. */
    private Cache<String, Long> locks() {
        return cache("givefirst-signin-locked-until", Long.class, LOCK_WINDOW_MINUTES);
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
        return cache(name, Integer.class, windowMinutes);
    }

    private <V> Cache<String, V> cache(String name, Class<V> valueType, int windowMinutes) {
        Cache<String, V> cache = cacheManager.getCache(name, String.class, valueType);
        if (cache != null) {
            return cache;
        }
        try {
            return cacheManager.createCache(name, new MutableConfiguration<String, V>()
                    .setTypes(String.class, valueType)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MINUTES, windowMinutes))));
        } catch (CacheException e) {
            return cacheManager.getCache(name, String.class, valueType); // another instance made it first
        }
    }
}
