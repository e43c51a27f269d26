package no.symbiose.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final HomeFigures figures;

	HomeController(HomeFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("totals", figures.totals());
		return "home/index";
	}

	/** Data sources and licences of what the pages show, linked from the footer. */
	@GetMapping("/sources")
	String sources() {
		return "home/sources";
	}

}
