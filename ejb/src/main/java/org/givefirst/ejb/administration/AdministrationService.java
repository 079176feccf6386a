package org.givefirst.ejb.administration;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.audit.AuditEventType;
import org.givefirst.domain.community.Setting;
import org.givefirst.domain.community.SettingValue;
import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.member.Role;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.audit.AuditFilter;
import org.givefirst.ejb.audit.AuditLine;
import org.givefirst.ejb.audit.AuditLog;
import org.givefirst.ejb.community.CommunitySettings;
import org.givefirst.ejb.member.MemberDirectory;
import org.givefirst.ejb.member.Members;
import org.givefirst.ejb.shared.Page;
import org.givefirst.ejb.shared.Writes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** The administrators' use cases. Each one first makes sure the acting member is an administrator. */
@Stateless
public class AdministrationService {

    private static final Logger LOG = Logger.getLogger(AdministrationService.class.getName());

    static final int MEMBERS_MAX = 50;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private CommunitySettings settings;

    @EJB
    private AuditLog auditLog;

    /** Every setting with the value in force and where it comes from, in the settings' order. */
    public List<SettingLine> settings(long actingMemberId) {
        requireAdministrator(actingMemberId);
        return Arrays.stream(Setting.values())
                .map(setting -> {
                    int configured = settings.configured(setting);
                    SettingValue stored = entityManager.find(SettingValue.class, setting.name());
                    return stored.getValue()
                            .map(chosen -> new SettingLine(setting, chosen, configured, true))
                            .orElseGet(() -> new SettingLine(setting, configured, configured, false));
                })
                .toList();
    }

    /**
     * Sets the given settings at once. Every value is checked before any is written; one out of
     * its range fails with {@link InvalidValueException} about that setting (its name is the field)
     * and nothing changes. The values that changed go to the audit log in one event.
     */
    public void changeSettings(long actingMemberId, Map<Setting, Integer> values) {
        Member administrator = requireAdministrator(actingMemberId);
        values.forEach((setting, value) -> setting.check(value));
        List<String> changes = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            Integer value = values.get(setting);
            if (value == null) {
                continue;
            }
            SettingValue stored = entityManager.find(SettingValue.class, setting.name());
            int before = stored.getValue().orElseGet(() -> settings.configured(setting));
            if (stored.getValue().isEmpty() || before != value) {
                stored.change(value);
                if (before != value) {
                    changes.add(setting + " " + before + " → " + value);
                }
            }
        }
        Writes.flush(entityManager);
        if (!changes.isEmpty()) {
            auditLog.record(AuditEventType.SETTINGS_CHANGED, null, administrator.getId(), String.join("; ", changes));
            LOG.info(() -> "Administrator " + actingMemberId + " changed settings: " + changes);
        }
    }

    /**
     * Members to give a role: those whose name contains the query or whose email it is, else
     * (with no query) the administrators.
     */
    public List<MemberRoleLine> findMembers(long actingMemberId, String query) {
        requireAdministrator(actingMemberId);
        if (query == null || query.isBlank()) {
            return entityManager.createNamedQuery(Member.FIND_BY_ROLE, Member.class)
                    .setParameter("role", Role.ADMINISTRATOR).setMaxResults(MEMBERS_MAX)
                    .getResultStream().map(MemberRoleLine::of).toList();
        }
        if (query.contains("@")) {
            try {
                return entityManager.createNamedQuery(Member.FIND_BY_EMAIL, Member.class)
                        .setParameter("email", EmailAddress.of(query).value())
                        .getResultStream().map(MemberRoleLine::of).toList();
            } catch (InvalidValueException malformed) {
                return List.of();
            }
        }
        return MemberDirectory.namePattern(query)
                .map(pattern -> MemberDirectory.byName(entityManager, pattern, MEMBERS_MAX).stream()
                        .map(MemberRoleLine::of).toList())
                .orElse(List.of());
    }

    /**
     * Gives a member another role, from their next request on. Never one's own
     * ({@link OwnRoleException}), so the last administrator stays one.
     */
    public MemberRoleLine changeRole(long actingMemberId, long memberId, Role role) {
        requireAdministrator(actingMemberId);
        if (actingMemberId == memberId) {
            throw new OwnRoleException();
        }
        Member member = Members.require(entityManager, memberId);
        Role before = member.getRole();
        if (before != role) {
            member.changeRole(role);
            Writes.flush(entityManager);
            auditLog.record(AuditEventType.ROLE_CHANGED, memberId, actingMemberId, before + " → " + role);
            LOG.info(() -> "Administrator " + actingMemberId + " made member " + memberId + " " + role);
        }
        return MemberRoleLine.of(member);
    }

    /** The audit log, filtered, newest first. */
    public Page<AuditLine> auditLog(long actingMemberId, AuditFilter filter, Long before) {
        requireAdministrator(actingMemberId);
        return auditLog.find(filter, before);
    }

    private Member requireAdministrator(long actingMemberId) {
        Member member = Members.require(entityManager, actingMemberId);
        if (member.getRole() != Role.ADMINISTRATOR) {
            LOG.warning(() -> "Member " + actingMemberId + " tried to administer");
            throw new NotAnAdministratorException();
        }
        return member;
    }
}
