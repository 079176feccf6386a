package org.givefirst.ejb.member;


import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.PasswordPolicy;
import org.givefirst.domain.member.ProfileDetails;
import org.givefirst.domain.member.ProfileField;
import org.givefirst.domain.member.Role;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.audit.AuditLog;
import org.givefirst.ejb.shared.Writes;

/** Member accounts: sign-up, password check for sign-in, profiles. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog auditLog;

    /** Emails of members made administrators when they next sign in: how a community gets its first. */
    @Inject
    @ConfigProperty(name = "givefirst.administrators")
    private Optional<String> administrators;

    /**
     * Signs a person up. Every field is checked before anything is written; an email that is
     * already taken — even by a sign-up racing this one — fails with
     * {@link EmailAlreadyRegisteredException} and nothing is saved.
     */
    public MemberProfile register(Registration registration) {
        EmailAddress email = EmailAddress.of(registration.email());
        PasswordPolicy.require(registration.password());
        if (!registration.guidelinesAccepted()) {
            throw new GuidelinesNotAcceptedException();
        }
        if (findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        Member member = new Member(email, registration.displayName(),
                passwordHasher.hash(registration.password()), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
        entityManager.persist(member);
        try {
            entityManager.flush(); // the unique email constraint decides a race between two sign-ups
        } catch (PersistenceException e) {
            if (Writes.isConstraintViolation(e)) { // the only constraint a new member can break
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
        auditLog.record(AuditEventType.SIGNED_UP, member.getId(), null, null);
        LOG.info(() -> "Member " + member.getId() + " signed up");
        return MemberProfile.of(member);
    }

    /**
     * The member with this email and password, or empty. Unknown emails cost the same time as
     * wrong passwords, so timing tells nobody who is a member. Both outcomes go to the audit log.
     * A suspended member is answered too, marked {@link SignedInMember#suspended()}: only the right
     * password learns of the suspension, and the sign-in must be refused.
     */
    public Optional<SignedInMember> authenticate(String typedEmail, String password) {
        Optional<Member> member = findByTypedEmail(typedEmail);
        if (password == null || password.isEmpty() || password.length() > PasswordPolicy.MAX_LENGTH * 2) {
            auditLog.record(AuditEventType.SIGN_IN_FAILED, member.map(Member::getId).orElse(null), null, null);
            return Optional.empty();
        }
        if (member.isEmpty()) {
            passwordHasher.verifyNothing(password);
            auditLog.record(AuditEventType.SIGN_IN_FAILED, null, null, "unknown email");
            return Optional.empty();
        }
        if (!passwordHasher.verify(password, member.get().getPasswordHash())) {
            auditLog.record(AuditEventType.SIGN_IN_FAILED, member.get().getId(), null, "wrong password");
            return Optional.empty();
        }
        if (member.get().isSuspended()) {
            auditLog.record(AuditEventType.SIGN_IN_FAILED, member.get().getId(), null, "suspended");
            return Optional.of(SignedInMember.of(member.get())); // the caller refuses it, saying why
        }
        auditLog.record(AuditEventType.SIGNED_IN, member.get().getId(), null, null);
        promoteIfListed(member.get());
        return Optional.of(SignedInMember.of(member.get()));
    }

    /** Too many failures locked this account for a while: the log says whose, when it is a member's. */
    public void recordLockout(String typedEmail) {
        auditLog.record(AuditEventType.LOCKED_OUT, findByTypedEmail(typedEmail).map(Member::getId).orElse(null),
                null, null);
    }

    /** A member listed in {@code givefirst.administrators} becomes an administrator. */
    private void promoteIfListed(Member member) {
        boolean listed = administrators.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .anyMatch(member.getEmail().value()::equals);
        if (listed && member.getRole() != Role.ADMINISTRATOR) {
            Role before = member.getRole();
            member.changeRole(Role.ADMINISTRATOR);
            auditLog.record(AuditEventType.ROLE_CHANGED, member.getId(), null,
                    before + " → " + Role.ADMINISTRATOR + " (givefirst.administrators)");
            LOG.info(() -> "Member " + member.getId() + " is an administrator, as configured");
        }
    }

    /**
     * The signed-in member for a page: read on every request, so by id from the members' shared
     * cache, without their skills, and without a transaction of its own (one read needs none; the
     * transaction's begin and commit cost more than the read).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedInMember> findSignedIn(long memberId) {
        return Optional.ofNullable(entityManager.find(Member.class, memberId)).map(SignedInMember::of);
    }

    /** The whole profile of a member: for the member themself (their editor). */
    public MemberProfile getProfile(long memberId) {
        return findProfile(memberId).orElseThrow(MemberNotFoundException::new);
    }

    /**
     * A member's profile as this viewer may see it: the details the member shows only to members
     * they are matched with (any match, either way) are left out for anyone else. The member
     * themself, moderators and administrators see it whole.
     */
    public MemberProfile getProfileFor(long viewerId, long memberId) {
        Member member = findWithSkills(memberId).orElseThrow(MemberNotFoundException::new);
        MemberProfile profile = MemberProfile.of(member);
        Set<ProfileField> matchedOnly = member.getMatchedOnlyFields();
        if (matchedOnly.isEmpty() || viewerId == memberId
                || Members.require(entityManager, viewerId).getRole() != Role.MEMBER
                || entityManager.createNamedQuery(Match.COUNT_BETWEEN, Long.class).setParameter("a", viewerId)
                        .setParameter("b", memberId).getSingleResult() > 0) {
            return profile;
        }
        return profile.without(matchedOnly);
    }

    /** The profile of a member, or empty when no member has this id. */
    public Optional<MemberProfile> findProfile(long memberId) {
        return findWithSkills(memberId).map(MemberProfile::of);
    }

    /**
     * The acting member changes their own profile. Anyone else's is refused with
     * {@link NotYourProfileException}, whatever id the page sent.
     */
    public MemberProfile updateProfile(long actingMemberId, long profileMemberId, ProfileDetails details) {
        if (actingMemberId != profileMemberId) {
            LOG.warning(() -> "Member " + actingMemberId + " tried to change the profile of member " + profileMemberId);
            throw new NotYourProfileException();
        }
        Member member = findWithSkills(profileMemberId).orElseThrow(MemberNotFoundException::new);
        member.updateProfile(details);
        entityManager.flush();
        return MemberProfile.of(member);
    }

    /** How many people have joined: the landing page shows it. */
    public long countMembers() {
        return entityManager.createNamedQuery(Member.COUNT_ALL, Long.class).getSingleResult();
    }

    private Optional<Member> findByTypedEmail(String typedEmail) {
        try {
            return findByEmail(EmailAddress.of(typedEmail));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    private Optional<Member> findByEmail(EmailAddress email) {
        return entityManager.createNamedQuery(Member.FIND_BY_EMAIL, Member.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    private Optional<Member> findWithSkills(long memberId) {
        return entityManager.createNamedQuery(Member.FIND_WITH_SKILLS, Member.class)
                .setParameter("id", memberId)
                .getResultStream()
                .findFirst();
    }
}
