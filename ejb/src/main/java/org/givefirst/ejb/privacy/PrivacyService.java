package org.givefirst.ejb.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.ProfileField;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.ejb.audit.AuditLog;
import org.givefirst.ejb.match.OpenProposals;
import org.givefirst.ejb.member.Members;
import org.givefirst.ejb.member.PasswordHasher;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Members' control of their data: who sees which profile details, and deleting their account.
 * (The download of their data is {@link PersonalDataExport}.)
 */
@Stateless
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHasher passwordHasher;

    @EJB
    private AuditLog auditLog;

    @Inject
    private OpenProposals openProposals;


    /** The profile fields the member shows only to members they are matched with. */
    public Set<ProfileField> matchedOnlyFields(long actingMemberId) {
        return Members.require(entityManager, actingMemberId).getMatchedOnlyFields();
    }

    /** Chooses the profile fields only matched members see; every member sees the others. */
    public void showOnlyToMatched(long actingMemberId, Set<ProfileField> fields) {
        Members.require(entityManager, actingMemberId).showOnlyToMatched(fields.isEmpty()
                ? EnumSet.noneOf(ProfileField.class) : EnumSet.copyOf(fields));
    }

    /**
     * Deletes the member's account, confirmed by their password ({@link WrongPasswordException}
     * otherwise, and nothing changes). Their personal data goes; what other members received from
     * them stays, attributed to "A former member": references, thanks, messages. Their offers and
     * open requests close, the proposals they give or receive are withdrawn (others' requests go to
     * other givers), their notifications, reset links and blocks go. Every session ends.
     */
    public void deleteAccount(long actingMemberId, String password) {
        Member member = Members.require(entityManager, actingMemberId);
        if (member.isDeleted() || password == null || !passwordHasher.verify(password, member.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        Instant now = clock.instant();
        openProposals.withdrawInvolving(actingMemberId);
        entityManager.createQuery("UPDATE Offer o SET o.status = :closed, o.version = o.version + 1"
                        + " WHERE o.giver.id = :memberId AND o.status <> :closed")
                .setParameter("closed", OfferStatus.CLOSED).setParameter("memberId", actingMemberId).executeUpdate();
        entityManager.createQuery("UPDATE HelpRequest r SET r.status = :closed, r.version = r.version + 1"
                        + " WHERE r.requester.id = :memberId AND r.status IN :open")
                .setParameter("closed", RequestStatus.CLOSED).setParameter("memberId", actingMemberId)
                .setParameter("open", List.of(RequestStatus.OPEN, RequestStatus.MATCHED)).executeUpdate();
        entityManager.createQuery("DELETE FROM Notification n WHERE n.recipientId = :memberId")
                .setParameter("memberId", actingMemberId).executeUpdate();
        entityManager.createQuery("DELETE FROM PasswordReset p WHERE p.member.id = :memberId")
                .setParameter("memberId", actingMemberId).executeUpdate();
        entityManager.createQuery("DELETE FROM Block b WHERE b.blockerId = :memberId OR b.blockedId = :memberId")
                .setParameter("memberId", actingMemberId).executeUpdate();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        member.delete(now, passwordHasher.hash(Base64.getEncoder().encodeToString(secret)));
        auditLog.record(AuditEventType.DELETED, actingMemberId, null, null);
        LOG.info(() -> "Member " + actingMemberId + " deleted their account");
    }
}
