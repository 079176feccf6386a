package org.givefirst.web.introduction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.introduction.IntroductionService;
import org.givefirst.ejb.introduction.IntroductionView;
import org.givefirst.web.security.CurrentMember;

import java.util.List;

/** Backs {@code /introductions/index.xhtml}: invitations to answer, and the introductions one made or received. */
@Named("introductions")
@RequestScoped
public class IntroductionsBacking {

    @Inject
    private IntroductionService introductionService;

    @Inject
    private CurrentMember currentMember;

    private List<IntroductionView> list;

    public List<IntroductionView> getList() {
        if (list == null) {
            list = introductionService.listMine(currentMember.requireId());
        }
        return list;
    }
}
