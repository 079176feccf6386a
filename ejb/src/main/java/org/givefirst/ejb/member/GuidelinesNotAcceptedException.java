package org.givefirst.ejb.member;

import org.givefirst.domain.shared.BusinessException;

/** Joining GiveFirst means accepting the community guidelines. */
public class GuidelinesNotAcceptedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public GuidelinesNotAcceptedException() {
        super("validation.guidelines.required", "guidelines");
    }
}
