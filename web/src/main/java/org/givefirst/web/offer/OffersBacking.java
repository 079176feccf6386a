package org.givefirst.web.offer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.offer.OfferStatus;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.offer.OfferView;
import org.givefirst.ejb.shared.Page;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Paging;

import java.io.Serializable;
import java.util.Set;

/**
 * Backs {@code /offers/index.xhtml}: the giver's offers, a page at a time; pause and resume (one or
 * all), close.
 */
@Named("offers")
@ViewScoped // the buttons act on the offer of their row: the rows must be the ones the member saw
public class OffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offerService;

    @Inject
    private CurrentMember currentMember;

    private Page<OfferView> page;
    private Set<OfferStatus> statuses;

    /** The page asked for when the view was opened (the buttons act on its rows). */
    public Page<OfferView> getPage() {
        if (page == null) {
            page = offerService.listMine(currentMember.requireId(), Paging.before(FacesContext.getCurrentInstance()));
        }
        return page;
    }

    /** Whether "pause all" has something to pause, on whichever page of the list. */
    public boolean isAnyActive() {
        return statuses().contains(OfferStatus.ACTIVE);
    }

    /** Whether "resume all" has something to resume, on whichever page of the list. */
    public boolean isAnyPaused() {
        return statuses().contains(OfferStatus.PAUSED);
    }

    private Set<OfferStatus> statuses() {
        if (statuses == null) {
            statuses = offerService.statusesOfMine(currentMember.requireId());
        }
        return statuses;
    }

    public String pauseAll() {
        offerService.pauseAll(currentMember.requireId());
        FormMessages.flashInfo("offers.pausedAll");
        return reload();
    }

    public String resumeAll() {
        offerService.resumeAll(currentMember.requireId());
        FormMessages.flashInfo("offers.resumedAll");
        return reload();
    }

    public String pause(long offerId) {
        return act(() -> offerService.pause(currentMember.requireId(), offerId), "offers.paused");
    }

    public String resume(long offerId) {
        return act(() -> offerService.resume(currentMember.requireId(), offerId), "offers.resumed");
    }

    public String close(long offerId) {
        return act(() -> offerService.close(currentMember.requireId(), offerId), "offers.closed");
    }

    private String act(Runnable useCase, String doneKey) {
        if (!FormMessages.succeeded(useCase, "offers")) {
            return null;
        }
        FormMessages.flashInfo(doneKey);
        return reload();
    }

    private static String reload() {
        return "/offers/index?faces-redirect=true";
    }
}
