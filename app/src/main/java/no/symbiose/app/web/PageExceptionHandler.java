package no.symbiose.app.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.Problems;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer an unknown key with the 404 page and bad parameters with the error page
 * that says what was wrong, never with a stack trace or a bare 500. The API's
 * {@code ApiExceptionHandler} goes first for REST controllers.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final Problems problems;

	private final LayoutModel layout;

	PageExceptionHandler(Problems problems, LayoutModel layout) {
		this.problems = problems;
		this.layout = layout;
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
		ModelAndView page = page("error/404", request);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidInputException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> messages = ex.problems()
			.stream()
			.map(problem -> this.problems.message(problem.messageKey(), problem.arguments(), locale))
			.toList();
		ModelAndView page = page("error/error", request);
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("problems", messages);
		return page;
	}

	/**
	 * Exception views do not get the advice's model attributes: the layout needs them.
	 */
	private ModelAndView page(String view, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(view);
		page.addObject("requestPath", this.layout.requestPath(request));
		page.addObject("languageSwitchBase", this.layout.languageSwitchBase(request));
		return page;
	}

}
