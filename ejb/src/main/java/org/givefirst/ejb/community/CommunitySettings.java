package org.givefirst.ejb.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.givefirst.domain.community.Setting;
import org.givefirst.domain.community.SettingValue;

import java.time.Duration;
import java.util.Optional;

/**
 * The rules a community can tune. An administrator's choice on the settings page wins; until
 * there is one, a {@link Setting} takes its MicroProfile Config key, so an environment variable
 * sets it too ({@code GIVEFIRST_OPENREQUESTCAP=5} for {@code givefirst.openRequestCap}), else its
 * default. Reading one is a hit in the shared entity cache, which an administrator's change on any
 * instance updates.
 */
@ApplicationScoped
public class CommunitySettings {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Config config;

    @Inject
    @ConfigProperty(name = "givefirst.proposalsPerRequest", defaultValue = "3")
    private int proposalsPerRequest;

    @Inject
    @ConfigProperty(name = "givefirst.introductionExpiryDays", defaultValue = "14")
    private long introductionExpiryDays;

    /** The value in force: the administrator's choice, else the configured one. */
    public int value(Setting setting) {
        return Optional.ofNullable(entityManager.find(SettingValue.class, setting.name()))
                .flatMap(SettingValue::getValue)
                .orElseGet(() -> configured(setting));
    }

    /** The value from configuration (or the default): what applies until an administrator chooses. */
    public int configured(Setting setting) {
        if (setting.isSwitch()) {
            return config.getOptionalValue(setting.getConfigKey(), Boolean.class)
                    .map(on -> on ? 1 : 0).orElse(setting.getDefaultValue());
        }
        return config.getOptionalValue(setting.getConfigKey(), Integer.class).orElse(setting.getDefaultValue());
    }

    /** How long the two people of an introduction have to agree to it. */
    public Duration getIntroductionExpiry() {
        return Duration.ofDays(introductionExpiryDays);
    }

    /** Whether a member must have offered (or given) before asking. */
    public boolean isGiveFirstRule() {
        return value(Setting.GIVE_FIRST_RULE) == 1;
    }

    /** How many requests a member may have open (or matched, not yet fulfilled) at once. */
    public int getOpenRequestCap() {
        return value(Setting.OPEN_REQUEST_CAP);
    }

    /** How long a giver has to answer a proposal before it passes to the next candidate. */
    public Duration getProposalExpiry() {
        return Duration.ofHours(value(Setting.PROPOSAL_EXPIRY_HOURS));
    }

    /** How many givers are asked at once for a request that wants one giver. */
    public int getProposalsPerRequest() {
        return proposalsPerRequest;
    }
}
