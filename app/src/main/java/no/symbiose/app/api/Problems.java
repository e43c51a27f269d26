package no.symbiose.app.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds RFC 9457 problem details, and the texts of problems, with texts from the
 * messages files: the title from {@code problem.<kind>.title}, the detail from
 * {@code problem.<kind>.detail}, bokmål unless the request asks for English. Also writes
 * them from servlet filters (401 and 403 of Spring Security), where no controller advice
 * runs.
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final JsonMapper json;

	Problems(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	public ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem
			.setTitle(this.messages.getMessage("problem." + kind + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(this.messages.getMessage("problem." + kind + ".detail", arguments, null, locale));
		return problem;
	}

	/** A 400 problem with an {@code errors} array of {field, value, message}. */
	public ProblemDetail invalid(List<FieldProblem> problems, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", locale, problems.size());
		problem.setProperty("errors", problems.stream().map(p -> errorEntry(p, locale)).toList());
		return problem;
	}

	private Map<String, Object> errorEntry(FieldProblem problem, Locale locale) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("field", problem.field());
		entry.put("value", problem.value());
		entry.put("message", message(problem.messageKey(), problem.arguments(), locale));
		return entry;
	}

	/**
	 * The text of a problem's message key ({@code messages*.properties}, or an engine
	 * rule in {@code rules*.properties}) in the given language; the key itself when no
	 * text exists.
	 */
	public String message(String messageKey, Object[] arguments, Locale locale) {
		return this.messages.getMessage(messageKey, arguments, messageKey, locale);
	}

	String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** Writes a problem as {@code application/problem+json} outside Spring MVC. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
			throws IOException {
		ProblemDetail problem = problem(status, kind, this.localeResolver.resolveLocale(request));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(this.json.writeValueAsString(body));
	}

}
