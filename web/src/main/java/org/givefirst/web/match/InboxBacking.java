package org.givefirst.web.match;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;

/**
 * Backs {@code /inbox.xhtml}: the giver's proposals, each with why they were chosen, to accept or
 * decline (with an optional reason and "someone else could help"), and the accepted matches still
 * to give.
 */
@Named("inbox")
@ViewScoped // the decline forms repeat over the proposals: they must be there on postback
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No single form holds the fields: every refusal shows at the top of the page (the template's messages). */
    static final String FORM = "inbox";

    @Inject
    private MatchService matchService;

    @Inject
    private CurrentMember currentMember;

    private List<MatchView> matches;
    private final HashMap<Long, String> declineReasons = new HashMap<>();
    private final HashMap<Long, String> suggestions = new HashMap<>();

    @PostConstruct
    void load() {
        matches = matchService.inbox(currentMember.requireId());
    }

    public List<MatchView> getProposals() {
        return matches.stream().filter(MatchView::isProposed).toList();
    }

    public List<MatchView> getAccepted() {
        return matches.stream().filter(MatchView::isAccepted).toList();
    }

    public String accept(long matchId) {
        if (!FormMessages.succeeded(() -> matchService.accept(currentMember.requireId(), matchId), FORM)) {
            load(); // shows where things stand now
            return null;
        }
        FormMessages.flashInfo("inbox.acceptedThanks");
        return "/matches/view?faces-redirect=true&id=" + matchId;
    }

    public String decline(long matchId) {
        if (!FormMessages.succeeded(() -> matchService.decline(currentMember.requireId(), matchId,
                declineReasons.get(matchId), suggestions.get(matchId)), FORM)) {
            load();
            return null;
        }
        FormMessages.flashInfo("inbox.declined");
        return "/inbox?faces-redirect=true";
    }

    public HashMap<Long, String> getDeclineReasons() {
        return declineReasons;
    }

    public HashMap<Long, String> getSuggestions() {
        return suggestions;
    }
}
