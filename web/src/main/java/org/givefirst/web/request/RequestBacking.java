package org.givefirst.web.request;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs {@code /requests/view.xhtml?id=N}: the requester follows their request — who accepted,
 * the delivered references, the thank-you — or learns honestly that nobody fits yet.
 */
@Named("helpRequest")
@ViewScoped // the thank-you forms repeat over the matches: they must be there on postback
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "requestActions";

    @Inject
    private HelpRequestService requestService;

    @Inject
    private MatchService matchService;

    @Inject
    private CurrentMember currentMember;

    /** As typed in the URL (see Ids). */
    private String id;
    private RequestView request;
    /** Thank-you notes typed on the page, by match id. */
    private final HashMap<Long, String> thanks = new HashMap<>();

    /** View action: loads the request if it is the member's, else 404. */
    public void load() {
        request = Pages.findOr404(id, requestId -> requestService.getMine(currentMember.requireId(), requestId));
    }

    public String thank(long matchId) {
        return act(() -> matchService.thank(currentMember.requireId(), matchId, thanks.get(matchId)), "requests.view.thanked");
    }

    public String showOnProfile(long matchId, boolean shown) {
        return act(() -> matchService.showOnProfile(currentMember.requireId(), matchId, shown),
                shown ? "requests.view.shown" : "requests.view.hidden");
    }

    public String close() {
        return act(() -> requestService.close(currentMember.requireId(), request.id()), "requests.view.closed");
    }

    private String act(Runnable useCase, String doneKey) {
        if (!FormMessages.succeeded(useCase, FORM)) {
            load(); // shows where things stand now
            return null;
        }
        FormMessages.flashInfo(doneKey);
        return "/requests/view?faces-redirect=true&id=" + request.id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RequestView getRequest() {
        return request;
    }

    public Map<Long, String> getThanks() {
        return thanks;
    }
}
