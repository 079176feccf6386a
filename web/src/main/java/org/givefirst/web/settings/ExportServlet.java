package org.givefirst.web.settings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.givefirst.ejb.privacy.PersonalDataExport;
import org.givefirst.web.security.CurrentMember;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /settings/export}: the signed-in member's data as a JSON download. Reading changes
 * nothing, so a link is enough; web.xml lets only members in, and only their own data comes out.
 */
@WebServlet(urlPatterns = "/settings/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonalDataExport export;

    @Inject
    private CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentMember.id().isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] json = export.exportOf(currentMember.requireId()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"givefirst-my-data.json\"");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
