package no.symbiose.app.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses an API request whose path variables or query parameters carry a NUL character
 * ({@code %00}), with a 400 that names each: PostgreSQL takes no NUL in a text parameter,
 * so a lookup by such a key would fail in the database (a 500). The bodies are
 * {@link UnstorableValueGuard}'s.
 */
@Component
class NulParameterGuard implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)
				|| !method.getBeanType().isAnnotationPresent(RestController.class)) {
			return true;
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), problems));
		}
		request.getParameterMap().forEach((name, values) -> {
			check(name, name, problems);
			for (String value : values) {
				check(name, value, problems);
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return true;
	}

	/** A parameter without a value ({@code ?from-allocation}) may come as null. */
	private static void check(String name, @Nullable String value, List<FieldProblem> problems) {
		if (value != null && value.indexOf('\u0000') >= 0) {
			problems.add(FieldProblem.of(name.replace('\u0000', '\uFFFD'), value.replace('\u0000', '\uFFFD'),
					"problem.field.nulCharacter"));
		}
	}

}
