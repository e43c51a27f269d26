package no.symbiose.app.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the path that is shown (for the active menu item)
 * and the same address without {@code lang}, for the language switch. On an error page
 * both are the address the visitor asked for, not {@code /error}.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri instanceof String s ? s : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

	/** The shown address without {@code lang}, relative to the context path. */
	@ModelAttribute("languageSwitchBase")
	String languageSwitchBase(HttpServletRequest request) {
		String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
				? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
		if (query == null || query.isBlank()) {
			return requestPath(request);
		}
		String kept = Arrays.stream(query.split("&"))
			.filter(part -> !URLDecoder.decode(part.split("=", 2)[0], StandardCharsets.UTF_8).equals("lang"))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? requestPath(request) : requestPath(request) + "?" + kept;
	}

}
