package org.givefirst.web.introduction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.introduction.IntroductionService;
import org.givefirst.ejb.introduction.IntroductionView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Pages;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /introductions/view.xhtml?id=N}: the invitation and its answer, or how it went.
 * Request scoped: the id comes with every request (in the URL, or as the form's hidden "id"), so
 * the introduction is loaded before the answer form is decoded.
 */
@Named("introduction")
@RequestScoped
public class IntroductionBacking {

    @Inject
    private IntroductionService introductionService;

    @Inject
    private CurrentMember currentMember;

    private IntroductionView view;

    /** On a GET, before rendering: an unknown id answers 404. */
    public void load() {
        getView();
    }

    public IntroductionView getView() {
        if (view == null) {
            view = Pages.findOr404(Faces.getRequestParameter("id"),
                    introductionId -> introductionService.get(currentMember.requireId(), introductionId));
        }
        return view;
    }

    public String agree() {
        return answer(() -> introductionService.agree(currentMember.requireId(), getView().id()), "introductions.view.agreed");
    }

    public String decline() {
        return answer(() -> introductionService.decline(currentMember.requireId(), getView().id()), "introductions.view.declined");
    }

    private String answer(Runnable useCase, String doneKey) {
        if (!FormMessages.succeeded(useCase, "answer")) {
            view = null; // shows where things stand now
            return null;
        }
        FormMessages.flashInfo(doneKey);
        return "/introductions/view?faces-redirect=true&id=" + view.id();
    }

}
