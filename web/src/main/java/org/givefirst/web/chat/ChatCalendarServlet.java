package org.givefirst.web.chat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.givefirst.domain.chat.ChatNotInThatStateException;
import org.givefirst.domain.shared.NotFoundException;
import org.givefirst.ejb.chat.CalendarFile;
import org.givefirst.ejb.chat.ChatService;
import org.givefirst.web.security.CurrentMember;
import org.givefirst.web.shared.Ids;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /matches/calendar?id=N}: the chat of match N as a calendar file, for one of its two
 * members (the path is members-only, see web.xml). Reads only; anything else — a malformed id, a
 * match that is not the member's, a chat without a chosen time — is 404.
 */
@WebServlet(name = "chatCalendar", urlPatterns = "/matches/calendar")
public class ChatCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChatService chatService;

    @Inject
    private CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> memberId = currentMember.id();
        Optional<Long> matchId = Ids.parse(request.getParameter("id"));
        if (memberId.isEmpty() || matchId.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CalendarFile file;
        try {
            file = chatService.calendarFor(memberId.get(), matchId.get());
        } catch (NotFoundException | ChatNotInThatStateException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = file.bytes();
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
