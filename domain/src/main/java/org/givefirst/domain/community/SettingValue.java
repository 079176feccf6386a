package org.givefirst.domain.community;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Optional;

/**
 * The value an administrator chose for one {@link Setting}; none means "as configured". Read on
 * hot paths (every sign-in, every request posted), so cached and kept coherent across instances.
 */
@Entity
@Cacheable
@Table(name = "community_settings")
public class SettingValue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The {@link Setting}'s name; every setting has its row (migration V6). */
    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "setting_value")
    private Integer value;

    protected SettingValue() {
        // for JPA
    }

    public Setting getSetting() {
        return Setting.valueOf(name);
    }

    /** The administrator's choice, or empty when the configured value applies. */
    public Optional<Integer> getValue() {
        return Optional.ofNullable(value);
    }

    /** Sets the value, when it is in the setting's range. */
    public void change(int newValue) {
        value = getSetting().check(newValue);
    }
}
