package org.givefirst.web.administration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.member.Role;
import org.givefirst.ejb.administration.AdministrationService;
import org.givefirst.ejb.administration.MemberRoleLine;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Texts;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /admin/members.xhtml?q=…}: find members by name or email (the administrators
 * without a query) and give each a role.
 */
@Named("memberRoles")
@ViewScoped // a row's form posts back to the rows the page showed, not to a search made again
public class MemberRolesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationService administration;

    @Inject
    private CurrentMember currentMember;

    private String q;
    private List<MemberRoleLine> results;
    /** The role chosen in each row's form, by member id; starts as each member's role. */
    private final Map<Long, Role> chosen = new HashMap<>();

    public List<MemberRoleLine> getResults() {
        if (results == null) {
            results = administration.findMembers(currentMember.requireId(), q);
            results.forEach(line -> chosen.putIfAbsent(line.id(), line.role()));
        }
        return results;
    }

    /** Gives the member of this row the role chosen in its form. */
    public String changeRole(long memberId) {
        Role role = chosen.get(memberId);
        return FormMessages.attempt(() -> administration.changeRole(currentMember.requireId(), memberId, role), null)
                .map(line -> {
                    FormMessages.flashInfo("admin.members.roleChanged", line.displayName(),
                            Texts.get("admin.role." + line.role()));
                    return "/admin/members?faces-redirect=true"
                            + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                })
                .orElse(null);
    }

    public Map<Long, Role> getChosen() {
        return chosen;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isMe(MemberRoleLine line) {
        return line.id() == currentMember.requireId();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
