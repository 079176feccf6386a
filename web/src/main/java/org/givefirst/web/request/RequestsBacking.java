package org.givefirst.web.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestView;
import org.givefirst.web.security.CurrentMember;

import java.util.List;

/** Backs {@code /requests/index.xhtml}: the member's help requests and their state. */
@Named("requests")
@RequestScoped
public class RequestsBacking {

    @Inject
    private HelpRequestService requestService;

    @Inject
    private CurrentMember currentMember;

    private List<RequestView> mine;

    public List<RequestView> getMine() {
        if (mine == null) {
            mine = requestService.listMine(currentMember.requireId());
        }
        return mine;
    }
}
