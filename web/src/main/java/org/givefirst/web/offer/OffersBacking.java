package org.givefirst.web.offer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.offer.OfferService;
import org.givefirst.ejb.offer.OfferView;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;

import java.io.Serializable;
import java.util.List;

/** Backs {@code /offers/index.xhtml}: the giver's offers, pause and resume (one or all), close. */
@Named("offers")
@ViewScoped // the buttons act on the offer of their row: the rows must be the ones the member saw
public class OffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offerService;

    @Inject
    private CurrentMember currentMember;

    private List<OfferView> mine;

    public List<OfferView> getMine() {
        if (mine == null) {
            mine = offerService.listMine(currentMember.requireId());
        }
        return mine;
    }

    public boolean isAnyActive() {
        return getMine().stream().anyMatch(OfferView::isActive);
    }

    public boolean isAnyPaused() {
        return getMine().stream().anyMatch(OfferView::isPaused);
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
