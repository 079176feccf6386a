package org.givefirst.ejb.member;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.PasswordPolicy;
import org.givefirst.domain.member.PasswordReset;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.audit.AuditLog;
import org.givefirst.ejb.mail.Email;
import org.givefirst.ejb.mail.MailComposer;
import org.givefirst.ejb.mail.MailSettings;
import org.givefirst.ejb.mail.Mailer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgotten passwords: a link by email, single use, valid for an hour. Asking never tells whether
 * an account exists — the same answer, and the email is sent on another thread, so the answer takes
 * the same time either way. A new password ends the member's other sessions.
 */
@Stateless
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofHours(1);
    static final String PATH = "/password/reset?t=";

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private AuditLog auditLog;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private AccountThrottle throttle;

    @Inject
    private MailComposer composer;

    @Inject
    private MailSettings mailSettings;

    @Inject
    private Mailer mailer;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Event<ResetLinkReady> resetLinks;

    /**
     * Someone asks for a reset link for this email. When it is a member's (and the hour's allowance
     * is not spent), a link goes out; in every case the caller learns nothing.
     */
    public void request(String typedEmail) {
        if (!throttle.resetAllowed(typedEmail)) {
            LOG.info("Password reset refused: too many requests for one email this hour");
            return;
        }
        Optional<Member> member;
        try {
            member = entityManager.createNamedQuery(Member.FIND_BY_EMAIL, Member.class)
                    .setParameter("email", EmailAddress.of(typedEmail).value()).getResultStream().findFirst();
        } catch (InvalidValueException malformed) {
            member = Optional.empty();
        }
        if (member.isEmpty()) {
            return;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        entityManager.persist(new PasswordReset(member.get(), hash(token), clock.instant().plus(VALID_FOR)));
        Email email = composer.passwordReset(member.get(), PATH + URLEncoder.encode(token, StandardCharsets.UTF_8));
        resetLinks.fire(new ResetLinkReady(member.get().getId(), email));
    }

    /** A reset link to send once its row is committed (so that it works when it arrives). */
    public record ResetLinkReady(long memberId, Email email) {
    }

    /**
     * Sends the link after the commit, on another thread: the member who asked waits for no SMTP
     * conversation, and a stranger asking about an unknown email waits exactly as long.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResetLinkReady link) {
        if (!mailSettings.isEnabled()) {
            LOG.warning(() -> "No SMTP server is configured (GIVEFIRST_MAIL_HOST): the reset link of member "
                    + link.memberId() + " is not sent");
            return;
        }
        executor.execute(() -> {
            try {
                mailer.send(link.email(), null);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "The reset link of member " + link.memberId() + " was not sent", e);
            }
        });
    }

    /** Whether a link still works (for the page that asks for the new password). */
    public boolean isUsable(String token) {
        return token != null && findUsable(token).isPresent();
    }

    /**
     * Sets the new password through a link, once: the link is used up, the member's other links
     * die, and every session signed in with the old password ends.
     *
     * @throws InvalidValueException (field "password") for a password the policy refuses; the link still works
     * @throws InvalidResetLinkException when the link was used, expired or never existed
     */
    public void reset(String token, String newPassword) {
        PasswordPolicy.require(newPassword);
        Instant now = clock.instant();
        PasswordReset reset = token == null ? null : findUsable(token).orElse(null);
        if (reset == null || entityManager.createNamedQuery(PasswordReset.USE).setParameter("id", reset.getId())
                .setParameter("now", now).executeUpdate() == 0) {
            throw new InvalidResetLinkException();
        }
        Member member = entityManager.find(Member.class, reset.getMember().getId());
        member.changePassword(passwordHasher.hash(newPassword));
        entityManager.createNamedQuery(PasswordReset.RETIRE_OTHERS).setParameter("memberId", member.getId())
                .setParameter("now", now).executeUpdate();
        auditLog.record(AuditEventType.PASSWORD_CHANGED, member.getId(), null, "through a reset link");
        LOG.info(() -> "Member " + member.getId() + " chose a new password through a reset link");
    }

    private Optional<PasswordReset> findUsable(String token) {
        return entityManager.createNamedQuery(PasswordReset.FIND_USABLE, PasswordReset.class)
                .setParameter("tokenHash", hash(token)).setParameter("now", clock.instant())
                .getResultStream().findFirst();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
