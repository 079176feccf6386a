package org.givefirst.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import org.givefirst.domain.shared.BusinessException;
import org.givefirst.domain.shared.InvalidValueException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the domain's and the services' failures into translated messages: beside the field they
 * are about when there is one, at the top of the form otherwise.
 */
public final class FormMessages {

    private FormMessages() {
    }

    /**
     * Runs a domain rule as a Faces validator: an {@link InvalidValueException} becomes the
     * translated message of that input, so every field's problem shows at once.
     */
    public static void validate(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidValueException e) {
            throw new ValidatorException(error(e.getMessageKey()));
        }
    }

    /**
     * Runs a use case of a form. On a business failure it shows the reason (beside its field when
     * it has one) and answers false, so the page is shown again with what the member typed.
     */
    public static boolean succeeded(Runnable useCase, String formId) {
        return attempt(() -> {
            useCase.run();
            return Boolean.TRUE;
        }, formId).isPresent();
    }

    /**
     * Runs a use case of a form that answers something (the id of what it made). On a business
     * failure it shows the reason like {@link #succeeded} and answers empty.
     */
    public static <T> Optional<T> attempt(Supplier<T> useCase, String formId) {
        try {
            return Optional.of(useCase.get());
        } catch (BusinessException e) {
            show(e, formId);
            return Optional.empty();
        }
    }

    /** Shows a failure of a use case; {@code formId} is the id of the form holding the fields. */
    public static void show(BusinessException failure, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = failure.getField()
                .map(field -> formId + UINamingContainer.getSeparatorChar(context) + field)
                .filter(id -> context.getViewRoot().findComponent(id) != null)
                .orElse(null);
        context.addMessage(clientId, error(failure.getMessageKey()));
        context.validationFailed();
    }

    /** A translated message for the top of the page. */
    public static void info(String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(key, params), null));
    }

    /** Like {@link #info} but kept for the page after a redirect (in the session: see {@link PendingMessages}). */
    public static void flashInfo(String key, Object... params) {
        PendingMessages.add(FacesContext.getCurrentInstance(), Texts.get(key, params));
    }

    public static void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId, error(key));
    }

    private static FacesMessage error(String key) {
        String text = Texts.get(key);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
