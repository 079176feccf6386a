package org.givefirst.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.conversation.ConversationView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;

/**
 * Backs {@code /conversations/view.xhtml?id=N}: the thread, and the form to write in it. Request
 * scoped (a thread is mostly read); the id travels with the form as a view parameter.
 */
@Named("conversation")
@RequestScoped
public class ConversationBacking {

    static final String FORM = "message";

    @Inject
    private ConversationService conversationService;

    @Inject
    private CurrentMember currentMember;

    private String id;
    private ConversationView view;
    private String body;

    public void load() {
        view = Pages.findOr404(id, conversationId -> conversationService.read(currentMember.requireId(), conversationId));
    }

    public String send() {
        if (!FormMessages.succeeded(() -> conversationService.send(currentMember.requireId(), view.id(), body), FORM)) {
            return null; // the thread stays as loaded, the text as typed
        }
        return "/conversations/view?faces-redirect=true&id=" + view.id() + "#latest";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ConversationView getView() {
        return view;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
