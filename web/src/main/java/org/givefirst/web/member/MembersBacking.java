package org.givefirst.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.member.MemberDirectory;
import org.givefirst.ejb.member.MemberSummary;
import org.givefirst.web.security.CurrentMember;

import java.util.List;

/** Backs {@code /members/index.xhtml?q=…}: a GET search, so results can be bookmarked and shared. */
@Named("members")
@RequestScoped
public class MembersBacking {

    @Inject
    private MemberDirectory directory;

    @Inject
    private CurrentMember currentMember;

    private String q;
    private List<MemberSummary> results;

    public List<MemberSummary> getResults() {
        if (results == null) {
            results = directory.search(currentMember.requireId(), q);
        }
        return results;
    }

    /** Whether a search was made (two characters or more). */
    public boolean isSearched() {
        return q != null && q.strip().length() >= 2;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
