package org.givefirst.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Last link of the entity chain: an optimistic-lock version, for every entity that two people
 * (or two instances) can change at the same time.
 */
@MappedSuperclass
public abstract class VersionedEntity extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public long getVersion() {
        return version;
    }
}
