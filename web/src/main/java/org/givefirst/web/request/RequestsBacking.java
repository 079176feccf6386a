package org.givefirst.web.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.request.HelpRequestService;
import org.givefirst.ejb.request.RequestView;
import org.givefirst.ejb.shared.Page;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.Paging;


/** Backs {@code /requests/index.xhtml}: the member's help requests and their state, a page at a time. */
@Named("requests")
@RequestScoped
public class RequestsBacking {

    @Inject
    private HelpRequestService requestService;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private FacesContext facesContext;

    private Page<RequestView> page;

    public Page<RequestView> getPage() {
        if (page == null) {
            page = requestService.listMine(currentMember.requireId(), Paging.before(facesContext));
        }
        return page;
    }
}
