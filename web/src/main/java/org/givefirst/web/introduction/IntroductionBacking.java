package org.givefirst.web.introduction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.introduction.IntroductionService;
import org.givefirst.ejb.introduction.IntroductionView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;

/** Backs {@code /introductions/view.xhtml?id=N}: the invitation and its answer, or how it went. */
@Named("introduction")
@RequestScoped
public class IntroductionBacking {

    @Inject
    private IntroductionService introductionService;

    @Inject
    private CurrentMember currentMember;

    private String id;
    private IntroductionView view;

    public void load() {
        view = Pages.findOr404(id, introductionId -> introductionService.get(currentMember.requireId(), introductionId));
    }

    public String agree() {
        return answer(() -> introductionService.agree(currentMember.requireId(), view.id()), "introductions.view.agreed");
    }

    public String decline() {
        return answer(() -> introductionService.decline(currentMember.requireId(), view.id()), "introductions.view.declined");
    }

    private String answer(Runnable useCase, String doneKey) {
        if (!FormMessages.succeeded(useCase, "answer")) {
            load();
            return null;
        }
        FormMessages.flashInfo(doneKey);
        return "/introductions/view?faces-redirect=true&id=" + view.id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public IntroductionView getView() {
        return view;
    }
}
