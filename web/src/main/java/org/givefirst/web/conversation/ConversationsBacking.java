package org.givefirst.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.conversation.ConversationService;
import org.givefirst.ejb.conversation.ConversationView;
import org.givefirst.web.security.CurrentMember;

import java.util.List;

/** Backs {@code /conversations/index.xhtml}: the member's threads, latest first. */
@Named("conversations")
@RequestScoped
public class ConversationsBacking {

    @Inject
    private ConversationService conversationService;

    @Inject
    private CurrentMember currentMember;

    private List<ConversationView> list;

    public List<ConversationView> getList() {
        if (list == null) {
            list = conversationService.listMine(currentMember.requireId());
        }
        return list;
    }
}
