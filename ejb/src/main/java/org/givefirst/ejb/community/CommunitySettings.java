package org.givefirst.ejb.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The rules a community can tune. Each is a MicroProfile Config key, so an environment variable
 * sets it too ({@code GIVEFIRST_OPENREQUESTCAP=5} for {@code givefirst.openRequestCap}).
 */
@ApplicationScoped
public class CommunitySettings {

    @Inject
    @ConfigProperty(name = "givefirst.giveFirstRule", defaultValue = "true")
    private boolean giveFirstRule;

    @Inject
    @ConfigProperty(name = "givefirst.openRequestCap", defaultValue = "3")
    private int openRequestCap;

    @Inject
    @ConfigProperty(name = "givefirst.proposalExpiryHours", defaultValue = "72")
    private long proposalExpiryHours;

    @Inject
    @ConfigProperty(name = "givefirst.proposalsPerRequest", defaultValue = "3")
    private int proposalsPerRequest;

    @Inject
    @ConfigProperty(name = "givefirst.introductionExpiryDays", defaultValue = "14")
    private long introductionExpiryDays;

    /** How long the two people of an introduction have to agree to it. */
    public Duration getIntroductionExpiry() {
        return Duration.ofDays(introductionExpiryDays);
    }

    /** Whether a member must have offered (or given) before asking. */
    public boolean isGiveFirstRule() {
        return giveFirstRule;
    }

    /** How many requests a member may have open (or matched, not yet fulfilled) at once. */
    public int getOpenRequestCap() {
        return openRequestCap;
    }

    /** How long a giver has to answer a proposal before it passes to the next candidate. */
    public Duration getProposalExpiry() {
        return Duration.ofHours(proposalExpiryHours);
    }

    /** How many givers are asked at once for a request that wants one giver. */
    public int getProposalsPerRequest() {
        return proposalsPerRequest;
    }
}
