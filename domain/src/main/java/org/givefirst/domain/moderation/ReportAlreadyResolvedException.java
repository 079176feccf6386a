package org.givefirst.domain.moderation;

import org.givefirst.domain.shared.BusinessException;

/** Another moderator decided about this report first. */
public class ReportAlreadyResolvedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReportAlreadyResolvedException() {
        super("error.report.alreadyResolved");
    }
}
