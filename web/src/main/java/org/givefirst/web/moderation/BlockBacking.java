package org.givefirst.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.member.MemberSummary;
import org.givefirst.ejb.moderation.BlockService;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Ids;

import java.util.List;

/**
 * Blocking and unblocking: the button on a member's profile (which says whether the member is
 * blocked, ProfileBacking) and the list in the settings. The
 * member comes as the request parameter {@code member}, a hidden field of the button's form, so
 * the form needs nothing of the page it is on.
 */
@Named("blocks")
@RequestScoped
public class BlockBacking {

    @Inject
    private BlockService blockService;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private FacesContext facesContext;

    private List<MemberSummary> blocked;

    /** The profile's button: blocks or unblocks, as the parameter {@code blocking} says, and shows the profile again. */
    public String change() {
        boolean blocking = Boolean.parseBoolean(parameter("blocking"));
        return Ids.parse(parameter("member")).map(memberId -> {
            if (blocking) {
                blockService.block(currentMember.requireId(), memberId);
            } else {
                blockService.unblock(currentMember.requireId(), memberId);
            }
            FormMessages.flashInfo(blocking ? "block.done" : "block.lifted");
            return "/members/profile?faces-redirect=true&id=" + memberId;
        }).orElse(null);
    }

    /** The settings' button: lifts a block, and shows the settings again. */
    public String unblock() {
        return Ids.parse(parameter("member")).map(memberId -> {
            blockService.unblock(currentMember.requireId(), memberId);
            FormMessages.flashInfo("block.lifted");
            return "/settings?faces-redirect=true";
        }).orElse(null);
    }

    /** The members the signed-in member blocked. */
    public List<MemberSummary> getBlocked() {
        if (blocked == null) {
            blocked = blockService.blockedBy(currentMember.requireId());
        }
        return blocked;
    }

    private String parameter(String name) {
        return facesContext.getExternalContext().getRequestParameterMap().get(name);
    }
}
