package org.givefirst.web.landing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.givefirst.ejb.member.AccountService;

/** Backs {@code /index.xhtml}: the landing page shows how many people have joined. */
@Named("landing")
@RequestScoped
public class LandingBacking {

    @EJB
    private AccountService accountService;

    private Long memberCount;

    public long getMemberCount() {
        if (memberCount == null) {
            memberCount = accountService.countMembers();
        }
        return memberCount;
    }
}
