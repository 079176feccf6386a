package org.givefirst.ejb.request;

import org.givefirst.domain.shared.BusinessException;

/** The member has not offered anything yet (nor given): asking comes after giving. */
public class GiveFirstRuleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public GiveFirstRuleException() {
        super("error.request.giveFirst");
    }
}
