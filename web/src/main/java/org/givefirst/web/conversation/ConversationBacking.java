package org.givefirst.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.conversation.ConversationView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /conversations/view.xhtml?id=N}: the thread, and the form to write in it. Request
 * scoped (a thread is mostly read): the id comes with every request (in the URL, or as the form's
 * hidden "id").
 */
@Named("conversation")
@RequestScoped
public class ConversationBacking {

    static final String FORM = "message";

    @Inject
    private ConversationService conversationService;

    @Inject
    private CurrentMember currentMember;

    private ConversationView view;
    private String body;

    /** On a GET, before rendering: an unknown id answers 404. */
    public void load() {
        getView();
    }

    public ConversationView getView() {
        if (view == null) {
            view = Pages.findOr404(Faces.getRequestParameter("id"),
                    conversationId -> conversationService.read(currentMember.requireId(), conversationId));
        }
        return view;
    }

    public String send() {
        if (!FormMessages.succeeded(() -> conversationService.send(currentMember.requireId(), getView().id(), body), FORM)) {
            return null; // the thread stays as loaded, the text as typed
        }
        return "/conversations/view?faces-redirect=true&id=" + view.id();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
