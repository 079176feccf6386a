package org.givefirst.web.match;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.match.WrittenReference;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.match.MatchService;
import org.givefirst.ejb.match.MatchView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;

import java.io.Serializable;
import java.util.Optional;

/**
 * Backs {@code /matches/view.xhtml?id=N}, seen by the giver or the requester of the match (anyone
 * else gets 404): the next step for its kind, the guided reference form, the thank-you.
 */
@Named("matchPage")
@ViewScoped // the match must be there when a form comes back with a mistake to correct
public class MatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "reference";

    @Inject
    private MatchService matchService;

    @Inject
    private ConversationService conversationService;

    @Inject
    private CurrentMember currentMember;

    /** As typed in the URL (see Ids). */
    private String id;
    private MatchView match;

    private String howKnown;
    private String strengths;
    private String example;
    private String forRole;
    private String thanks;

    public void load() {
        match = Pages.findOr404(id, matchId -> matchService.get(currentMember.requireId(), matchId));
    }

    public String writeReference() {
        return act(() -> matchService.writeReference(currentMember.requireId(), match.id(),
                new WrittenReference(howKnown, strengths, example, forRole)), FORM, "matches.view.referenceSent");
    }

    public String thank() {
        return act(() -> matchService.thank(currentMember.requireId(), match.id(), thanks), "thanks",
                "requests.view.thanked");
    }

    /** A POST: the thread of the match starts on its first use. */
    public String openConversation() {
        Optional<Long> conversationId = FormMessages.attempt(
                () -> conversationService.openForMatch(currentMember.requireId(), match.id()), "conversation");
        if (conversationId.isEmpty()) {
            load();
            return null;
        }
        return "/conversations/view?faces-redirect=true&id=" + conversationId.get();
    }

    private String act(Runnable useCase, String formId, String doneKey) {
        if (!FormMessages.succeeded(useCase, formId)) {
            load(); // shows where things stand now
            return null;
        }
        FormMessages.flashInfo(doneKey);
        return "/matches/view?faces-redirect=true&id=" + match.id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MatchView getMatch() {
        return match;
    }

    public String getHowKnown() {
        return howKnown;
    }

    public void setHowKnown(String howKnown) {
        this.howKnown = howKnown;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getExample() {
        return example;
    }

    public void setExample(String example) {
        this.example = example;
    }

    public String getForRole() {
        return forRole;
    }

    public void setForRole(String forRole) {
        this.forRole = forRole;
    }

    public String getThanks() {
        return thanks;
    }

    public void setThanks(String thanks) {
        this.thanks = thanks;
    }
}
