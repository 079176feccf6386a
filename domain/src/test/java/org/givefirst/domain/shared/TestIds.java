package org.givefirst.domain.shared;

import java.lang.reflect.Field;

/** Test-only: gives an entity the id the database would, for rules that compare people by id. */
public final class TestIds {

    private TestIds() {
    }

    public static <T extends IdentifiedEntity> T withId(T entity, long id) {
        try {
            Field field = IdentifiedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }
}
