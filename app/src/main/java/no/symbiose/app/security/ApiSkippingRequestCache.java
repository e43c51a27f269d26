package no.symbiose.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Remembers the page a visitor wanted before being sent to {@code /login}, but never an
 * API call, which answers 401 instead of redirecting.
 */
class ApiSkippingRequestCache extends HttpSessionRequestCache {

	private final RequestMatcher api;

	ApiSkippingRequestCache(RequestMatcher api) {
		this.api = api;
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if (!this.api.matches(request)) {
			super.saveRequest(request, response);
		}
	}

}
