package org.givefirst.ejb.administration;

import org.givefirst.domain.community.Setting;

import java.io.Serializable;

/**
 * One setting as the settings page shows it.
 *
 * @param value the value in force
 * @param configured what applies without an administrator's choice (configuration, else the default)
 * @param chosen whether an administrator chose the value in force
 */
public record SettingLine(Setting setting, int value, int configured, boolean chosen) implements Serializable {
}
