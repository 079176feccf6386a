package org.givefirst.ejb.privacy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.audit.AuditEvent;
import org.givefirst.domain.conversation.Message;
import org.givefirst.domain.introduction.Introduction;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.WrittenReference;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.moderation.Report;
import org.givefirst.domain.notification.Notification;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.member.Members;

import java.io.StringWriter;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;


/**
 * Everything GiveFirst holds about a member, as one JSON document they can download: their
 * account and profile, choices, offers and requests, the help they gave and received (with the
 * references and thanks), their threads' messages, introductions, notifications, blocks, reports
 * they filed, and the security events about them. Never a password hash or a token.
 */
@Stateless
public class PersonalDataExport {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /** The member's data, as pretty-printed JSON. */
    public String exportOf(long actingMemberId) {
        Member member = Members.require(entityManager, actingMemberId);
        JsonObject export = Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("account", account(member))
                .add("profile", profile(member))
                .add("emailChoices", emailChoices(member))
                .add("offers", array(list("SELECT o FROM Offer o WHERE o.giver.id = :id ORDER BY o.id", Offer.class, actingMemberId), this::offer))
                .add("requests", array(list("SELECT r FROM HelpRequest r WHERE r.requester.id = :id ORDER BY r.id", HelpRequest.class, actingMemberId), this::request))
                .add("helpGiven", array(list("SELECT m FROM Match m WHERE m.giver.id = :id ORDER BY m.id", Match.class, actingMemberId),
                        match -> match(match, match.getRequest().getRequester())))
                .add("helpReceived", array(list("SELECT m FROM Match m WHERE m.request.requester.id = :id ORDER BY m.id", Match.class, actingMemberId),
                        match -> match(match, match.getGiver())))
                .add("messages", array(list("SELECT m FROM Message m WHERE m.conversation.first.id = :id OR m.conversation.second.id = :id"
                        + " ORDER BY m.id", Message.class, actingMemberId), this::message))
                .add("introductions", array(list("SELECT i FROM Introduction i WHERE i.introducer.id = :id OR i.seeker.id = :id"
                        + " OR i.contact.id = :id ORDER BY i.id", Introduction.class, actingMemberId), this::introduction))
                .add("notifications", array(list("SELECT n FROM Notification n WHERE n.recipientId = :id ORDER BY n.id",
                        Notification.class, actingMemberId), this::notification))
                .add("blockedMembers", array(list("SELECT m FROM Block b, Member m WHERE b.blockerId = :id AND m.id = b.blockedId"
                        + " ORDER BY b.id", Member.class, actingMemberId), blocked -> Json.createObjectBuilder()
                        .add("name", blocked.getDisplayName())))
                .add("reportsFiled", array(list("SELECT r FROM Report r WHERE r.reporterId = :id ORDER BY r.id", Report.class, actingMemberId), this::report))
                .add("securityEvents", array(list("SELECT e FROM AuditEvent e WHERE e.memberId = :id ORDER BY e.id",
                        AuditEvent.class, actingMemberId), this::event))
                .build();
        StringWriter json = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json).write(export);
        return json.toString();
    }

    private <T> List<T> list(String jpql, Class<T> type, long memberId) {
        return entityManager.createQuery(jpql, type).setParameter("id", memberId).getResultList();
    }

    private static <T> JsonArrayBuilder array(Collection<T> items, Function<T, JsonObjectBuilder> toJson) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(toJson.apply(item)));
        return array;
    }

    private static JsonObjectBuilder account(Member member) {
        return object()
                .add("id", member.getId())
                .add("email", member.getEmail().value())
                .add("name", member.getDisplayName())
                .add("role", member.getRole().name())
                .add("memberSince", member.getCreatedAt().toString())
                .add("guidelinesAcceptedAt", member.getGuidelinesAcceptedAt().toString())
                .add("timeZone", member.getTimeZone().getId());
    }

    private static JsonObjectBuilder profile(Member member) {
        return object()
                .add("headline", text(member.getHeadline()))
                .add("bio", text(member.getBio()))
                .add("location", text(member.getLocation()))
                .add("skills", tags(member.getSkills()))
                .add("contactDetails", text(member.getContactDetails()))
                .add("shownOnlyToMatchedMembers", Json.createArrayBuilder(
                        member.getMatchedOnlyFields().stream().map(Enum::name).toList()));
    }

    private static JsonObjectBuilder emailChoices(Member member) {
        JsonObjectBuilder choices = object();
        for (NotificationType type : NotificationType.values()) {
            choices.add(type.name(), member.deliveryOf(type).name());
        }
        return choices;
    }

    private JsonObjectBuilder offer(Offer offer) {
        return object().add("id", offer.getId()).add("kind", offer.getKind().name()).add("title", offer.getTitle())
                .add("description", text(offer.getDescription())).add("tags", tags(offer.getTags()))
                .add("capacityPerMonth", offer.getCapacity()).add("status", offer.getStatus().name())
                .add("postedAt", offer.getCreatedAt().toString());
    }

    private JsonObjectBuilder request(HelpRequest request) {
        return object().add("id", request.getId()).add("kind", request.getKind().name()).add("title", request.getTitle())
                .add("details", text(request.getDetails())).add("tags", tags(request.getTags()))
                .add("neededBy", request.getNeededBy() == null ? "" : request.getNeededBy().toString())
                .add("giversWanted", request.getGiversWanted()).add("status", request.getStatus().name())
                .add("postedAt", request.getCreatedAt().toString());
    }

    /** A match from one side; {@code other} is the member on the other side. */
    private JsonObjectBuilder match(Match match, Member other) {
        JsonObjectBuilder json = object().add("id", match.getId()).add("kind", match.getKind().name())
                .add("request", match.getRequest().getTitle()).add("with", other.getDisplayName())
                .add("status", match.getStatus().name()).add("proposedAt", match.getProposedAt().toString())
                .add("thanks", text(match.getThanksNote()));
        WrittenReference reference = match.getReference();
        if (reference != null) {
            json.add("reference", object().add("howKnown", text(reference.getHowKnown()))
                    .add("strengths", text(reference.getStrengths())).add("example", text(reference.getExample()))
                    .add("forRole", text(reference.getForRole())).add("shownOnProfile", match.isReferenceShown()));
        }
        return json;
    }

    private JsonObjectBuilder message(Message message) {
        return object().add("id", message.getId()).add("from", message.getSender().getDisplayName())
                .add("sentAt", message.getCreatedAt().toString())
                .add("text", message.isHidden() ? "" : message.getBody()).add("hiddenByModerator", message.isHidden());
    }

    private JsonObjectBuilder introduction(Introduction introduction) {
        return object().add("id", introduction.getId()).add("introducer", introduction.getIntroducer().getDisplayName())
                .add("seeker", introduction.getSeeker().getDisplayName()).add("contact", introduction.getContact().getDisplayName())
                .add("note", text(introduction.getBlurb())).add("status", introduction.getStatus().name());
    }

    private JsonObjectBuilder notification(Notification notification) {
        return object().add("type", notification.getType().name()).add("about", text(notification.getSubject()))
                .add("from", text(notification.getActor())).add("read", notification.isRead())
                .add("at", notification.getCreatedAt().toString());
    }

    private JsonObjectBuilder report(Report report) {
        return object().add("about", report.getSubject().name()).add("reason", report.getReason().name())
                .add("details", text(report.getDetails())).add("at", report.getCreatedAt().toString())
                .add("decided", report.isResolved());
    }

    private JsonObjectBuilder event(AuditEvent event) {
        return object().add("type", event.getType().name()).add("at", event.getOccurredAt().toString())
                .add("address", text(event.getClientAddress()));
    }

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static JsonArrayBuilder tags(List<Tag> tags) {
        return Json.createArrayBuilder(tags.stream().map(Tag::value).toList());
    }
}
