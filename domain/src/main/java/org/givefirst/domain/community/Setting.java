package org.givefirst.domain.community;

import org.givefirst.domain.shared.InvalidValueException;

/**
 * A setting administrators can change, with the MicroProfile Config key that gives its starting
 * value, the default when that key is unset, and the range it may take. A switch (the give-first
 * rule) is 0 for off and 1 for on.
 */
public enum Setting {
    GIVE_FIRST_RULE("givefirst.giveFirstRule", 1, 0, 1),
    OPEN_REQUEST_CAP("givefirst.openRequestCap", 3, 1, 50),
    PROPOSAL_EXPIRY_HOURS("givefirst.proposalExpiryHours", 72, 1, 720),
    SIGN_INS_PER_ADDRESS("givefirst.throttle.signInsPerAddress", 25, 1, 10_000),
    FAILURES_TO_LOCK("givefirst.throttle.failuresToLock", 10, 1, 1_000),
    LOCK_MINUTES("givefirst.throttle.lockMinutes", 10, 1, 1_440),
    FAILURES_PER_HOUR("givefirst.throttle.failuresPerHour", 100, 1, 10_000),
    RESETS_PER_HOUR("givefirst.throttle.resetsPerHour", 3, 1, 100),
    SIGN_UPS_PER_ADDRESS("givefirst.throttle.signUpsPerAddress", 20, 1, 10_000);

    private final String configKey;
    private final int defaultValue;
    private final int min;
    private final int max;

    Setting(String configKey, int defaultValue, int min, int max) {
        this.configKey = configKey;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    /** Answers the value when it is in range, else {@link InvalidValueException} about this setting's field. */
    public int check(Integer value) {
        if (value == null || value < min || value > max) {
            throw new InvalidValueException(name(), isSwitch() ? "validation.setting.switch" : "validation.setting.range");
        }
        return value;
    }

    public boolean isSwitch() {
        return min == 0 && max == 1;
    }

    public String getConfigKey() {
        return configKey;
    }

    public int getDefaultValue() {
        return defaultValue;
    }

    public int getMin() {
        return min;
    }

    public int getMax() {
        return max;
    }
}
