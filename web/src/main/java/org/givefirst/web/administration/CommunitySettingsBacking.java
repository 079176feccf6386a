package org.givefirst.web.administration;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.domain.community.Setting;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.administration.AdministrationService;
import org.givefirst.ejb.administration.SettingLine;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.FormMessages;
import org.givefirst.web.shared.Texts;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /admin/settings.xhtml}: every community setting in one form, each value checked
 * against its range beside its field, all saved at once or none.
 */
@Named("communitySettings")
@ViewScoped
public class CommunitySettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "communitySettings";

    @Inject
    private AdministrationService administration;

    @Inject
    private CurrentMember currentMember;

    private List<SettingLine> lines;
    private Map<Setting, Integer> values;

    public void load() {
        lines = administration.settings(currentMember.requireId());
        values = new EnumMap<>(Setting.class);
        lines.forEach(line -> values.put(line.setting(), line.value()));
    }

    /** Faces validator of one value; the input carries its setting as the attribute "setting". */
    public void validate(FacesContext context, UIComponent component, Object value) {
        Setting setting = (Setting) component.getAttributes().get("setting");
        try {
            setting.check((Integer) value);
        } catch (InvalidValueException e) {
            String text = Texts.get(e.getMessageKey(), setting.getMin(), setting.getMax());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    public String save() {
        if (!FormMessages.succeeded(() -> administration.changeSettings(currentMember.requireId(), values), FORM)) {
            return null;
        }
        FormMessages.flashInfo("admin.settings.saved");
        return "/admin/settings?faces-redirect=true";
    }

    /** The message when a value is not a whole number, in that setting's range. */
    public String notANumber(Setting setting) {
        return Texts.get("validation.setting.range", setting.getMin(), setting.getMax());
    }

    public List<SettingLine> getLines() {
        return lines;
    }

    public Map<Setting, Integer> getValues() {
        return values;
    }
}
