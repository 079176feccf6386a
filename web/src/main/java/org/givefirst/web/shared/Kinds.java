package org.givefirst.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.givefirst.domain.shared.HelpKind;

import java.util.List;

/** The kinds of help for pages: to pick one (with its name and hint from the bundle) or to show one. */
@Named
@ApplicationScoped
public class Kinds {

    public List<HelpKind> getAll() {
        return List.of(HelpKind.values());
    }
}
