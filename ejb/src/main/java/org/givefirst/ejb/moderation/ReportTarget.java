package org.givefirst.ejb.moderation;

import org.givefirst.domain.moderation.ReportSubject;

import java.io.Serializable;

/**
 * What a report is about, as the report form shows it back to the reporter and the queue to
 * moderators.
 *
 * @param memberId the member reported, or whose content it is
 * @param text the content's words (an offer's or request's title, a message, a profile's headline), or null
 * @param hidden whether the content is already hidden (a closed offer or request, a hidden message)
 */
public record ReportTarget(ReportSubject subject, Long contentId, long memberId, String memberName, String text,
                           boolean hidden) implements Serializable {
}
