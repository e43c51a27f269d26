package no.symbiose.app.api;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one mapping of REST errors to RFC 9457 problem details
 * ({@code application/problem+json}), for {@code @RestController}s only, so pages keep
 * their own error handling. 401 and 403 raised by the security filters before any
 * controller runs are written by {@link Problems#write}.
 */
// First, so that the page handler (which matches every @Controller) never answers an API
// call.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final Problems problems;

	ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.problems.problem(HttpStatus.NOT_FOUND, "notFound", locale, what(ex.what(), locale), ex.key());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException ex) {
		return this.problems.invalid(ex.problems(), LocaleContextHolder.getLocale());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, ex.kind(), LocaleContextHolder.getLocale(),
				ex.key());
		if (ex.kind().equals("conflict")) {
			problem.setProperty("currentVersion", ex.currentVersion());
		}
		return problem;
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ProblemDetail forbidden() {
		return this.problems.problem(HttpStatus.FORBIDDEN, "forbidden", LocaleContextHolder.getLocale());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(this.problems.problem(HttpStatus.BAD_REQUEST, "unreadable", LocaleContextHolder.getLocale()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		return ResponseEntity.badRequest()
			.body(this.problems.invalid(List.of(FieldProblem.of(field, ex.getValue(), "problem.field.type")),
					LocaleContextHolder.getLocale()));
	}

	private String what(String what, Locale locale) {
		return this.problems.word("problem.notFound." + what, locale);
	}

}
