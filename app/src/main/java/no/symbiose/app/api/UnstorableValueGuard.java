package no.symbiose.app.api;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body with a value PostgreSQL cannot store, with a 400 that names each
 * such field: a NUL character (U+0000) in any text, and a date beyond year 9999 (Java
 * reads {@code +999999999-12-31}, as a date or as the text of a date field parsed later;
 * PostgreSQL has no such year). Without this check the write fails in the database (a
 * 500). Checked once here, after the body is read and before any controller sees it, for
 * every request record, list and map of the API.
 */
@RestControllerAdvice(annotations = RestController.class)
class UnstorableValueGuard extends RequestBodyAdviceAdapter {

	/**
	 * An ISO date with a year of five digits or more, or signed:
	 * {@code +999999999-12-31}.
	 */
	private static final java.util.regex.Pattern EXTENDED_YEAR_DATE = java.util.regex.Pattern
		.compile("[+-]\\d{4,}-\\d{2}-\\d{2}.*|\\d{5,}-\\d{2}-\\d{2}.*");

	/**
	 * The date fields that are texts: tenancyFrom, tenancyTo, decidedOn, nextFollowUp.
	 */
	private static final java.util.regex.Pattern DATE_FIELD = java.util.regex.Pattern
		.compile(".*(From|To|On|Date|FollowUp)");

	/** Request records nest lists and maps of values, never deeper than this. */
	private static final int MAX_DEPTH = 8;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<FieldProblem> problems = new ArrayList<>();
		find(body, "", 0, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return body;
	}

	private static void find(Object value, String field, int depth, List<FieldProblem> problems) {
		if (depth > MAX_DEPTH) {
			return;
		}
		if (value instanceof java.time.LocalDate date && (date.getYear() < 1 || date.getYear() > 9999)) {
			problems.add(FieldProblem.of(field, date.toString(), "problem.field.date"));
		}
		if (value instanceof String text) {
			if (DATE_FIELD.matcher(field).matches() && EXTENDED_YEAR_DATE.matcher(text.strip()).matches()) {
				problems.add(FieldProblem.of(field.isEmpty() ? "body" : field, text, "problem.field.date"));
			}
			if (text.indexOf('\u0000') >= 0) {
				problems.add(FieldProblem.of(field.isEmpty() ? "body" : field, text.replace('\u0000', '\uFFFD'),
						"problem.field.nulCharacter"));
			}
		}
		else if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				if (item != null) {
					find(item, field + "[" + i + "]", depth + 1, problems);
				}
				i++;
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String name = String.valueOf(entry.getKey());
				find(name, name, depth + 1, problems);
				if (entry.getValue() != null) {
					find(entry.getValue(), name, depth + 1, problems);
				}
			}
		}
		else if (value != null && value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				Object part;
				try {
					component.getAccessor().setAccessible(true);
					part = component.getAccessor().invoke(value);
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					continue;
				}
				if (part != null) {
					find(part, field.isEmpty() ? component.getName() : field + "." + component.getName(), depth + 1,
							problems);
				}
			}
		}
	}

}
