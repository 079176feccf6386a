package org.givefirst.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;

import java.io.Serializable;
import java.util.Objects;

/**
 * First link of the entity chain: a generated id, and identity equality on it.
 * Ids come from a table generator (table {@code id_sequences}, handed out in blocks of 50): it
 * behaves the same on H2 and MySQL, where EclipseLink's identity support for H2 2.x does not
 * (it asks for {@code IDENTITY()}, which H2 2 removed).
 */
@MappedSuperclass
public abstract class IdentifiedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @TableGenerator(name = "ids", table = "id_sequences", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "entity", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }

    /** Two entities are equal when they are of the same class and have the same (non-null) id. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((IdentifiedEntity) other).id);
    }

    @Override
    public int hashCode() {
        // Constant per class: stays stable when the id is assigned on persist.
        return Objects.hash(getClass());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
