package no.symbiose.app.symbiosis.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.Problems;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.referencedata.ReferenceQueries.County;
import no.symbiose.app.registry.RegistryQueries;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.CandidateInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.ChangeInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.MoveInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.NoteInput;
import no.symbiose.app.symbiosis.pipeline.SynergyInputs.RealisedInput;
import no.symbiose.app.symbiosis.pipeline.SynergyQueries.Filter;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.SynergyDetail;
import no.symbiose.app.symbiosis.pipeline.SynergyViews.SynergyView;
import no.symbiose.engine.symbiosis.SynergyState;
import no.symbiose.engine.units.FlowUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pipeline board ({@code /samarbeid}) and one synergy ({@code /samarbeid/{id}}).
 * Every change is a plain form post that redirects back (post/redirect/get), so the board
 * works with the keyboard and without script; a refused change comes back as a message
 * above the board or the synergy and changes nothing.
 */
@Controller
class SynergyPageController {

	/** The board shows this many synergies at most, newest change first. */
	static final int BOARD_SIZE = 500;

	/** The board's columns: one per open state, one for ended and rejected. */
	record Column(String key, List<SynergyView> synergies) {
	}

	private final SynergyQueries queries;

	private final SynergyService service;

	private final SynergyMissions missions;

	private final ReferenceQueries reference;

	private final RegistryQueries registry;

	private final Problems problems;

	SynergyPageController(SynergyQueries queries, SynergyService service, SynergyMissions missions,
			ReferenceQueries reference, RegistryQueries registry, Problems problems) {
		this.queries = queries;
		this.service = service;
		this.missions = missions;
		this.reference = reference;
		this.registry = registry;
		this.problems = problems;
	}

	@GetMapping("/samarbeid")
	String board(@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String park, Viewer viewer, Model model) {
		List<SynergyView> synergies = this.queries.list(viewer, new Filter(null, county, park, null), 0, BOARD_SIZE)
			.items();
		List<Column> columns = new ArrayList<>();
		for (String state : List.of("identified", "contacted", "feasibility", "agreed", "in_operation")) {
			columns.add(new Column(state, synergies.stream().filter(s -> s.state().equals(state)).toList()));
		}
		columns.add(new Column("closed",
				synergies.stream().filter(s -> !SynergyState.fromKey(s.state()).isOpen()).toList()));
		model.addAttribute("columns", columns);
		model.addAttribute("county", (county == null) ? "" : county);
		model.addAttribute("park", (park == null) ? "" : park);
		model.addAttribute("counties",
				this.reference.counties().stream().sorted(Comparator.comparing(County::name)).toList());
		model.addAttribute("parks", this.registry.parks());
		model.addAttribute("missions", this.missions.realisedByCounty());
		model.addAttribute("blind", synergies.stream().anyMatch(s -> !s.supply().shown() || !s.demand().shown()));
		return "symbiosis/pipeline/board";
	}

	@GetMapping("/samarbeid/{id}")
	String synergy(@PathVariable long id, Viewer viewer, Model model, HttpServletResponse response) {
		Optional<SynergyDetail> detail = this.queries.detail(viewer, id);
		if (detail.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		model.addAttribute("detail", detail.get());
		model.addAttribute("s", detail.get().synergy());
		model.addAttribute("units", List.of(FlowUnit.values()));
		return "symbiosis/pipeline/synergy";
	}

	/** A move from the board returns to the board at the card, from the synergy to it. */
	@PostMapping("/samarbeid/{id}/state")
	String move(@PathVariable long id, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String back,
			@RequestParam(required = false) @Nullable String county,
			@RequestParam(required = false) @Nullable String park, Viewer viewer, RedirectAttributes redirect) {
		String target = "board".equals(back) ? UriComponentsBuilder.fromPath("/samarbeid")
			.queryParamIfPresent("county", Optional.ofNullable(county).filter(c -> !c.isBlank()))
			.queryParamIfPresent("park", Optional.ofNullable(park).filter(p -> !p.isBlank()))
			.fragment("synergy-" + id)
			.build()
			.encode()
			.toUriString() : "/samarbeid/" + id;
		return change(redirect, target, () -> {
			SynergyView moved = this.service.move(viewer, id, new MoveInput(state, reason, version));
			redirect.addFlashAttribute("notice",
					this.problems.message("synergies.moved",
							new Object[] { moved.title(), this.problems.message("synergy.state." + moved.state(),
									new Object[0], LocaleContextHolder.getLocale()) },
							LocaleContextHolder.getLocale()));
		});
	}

	@PostMapping("/samarbeid/{id}")
	String followUp(@PathVariable long id, @RequestParam(required = false) @Nullable String ownerUsername,
			@RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable String nextFollowUp,
			@RequestParam(required = false) @Nullable Integer version, Viewer viewer, RedirectAttributes redirect) {
		return change(redirect, "/samarbeid/" + id, () -> {
			try {
				this.service.change(viewer, id, new ChangeInput(ownerUsername, notes, nextFollowUp, version));
			}
			catch (ConflictException ex) {
				// the page shows the synergy as it is now; the form keeps what was typed,
				// with the new version, so saving again replaces it on purpose
				redirect.addFlashAttribute("typed", new TypedFollowUp(ownerUsername, notes, nextFollowUp));
				throw ex;
			}
		});
	}

	/** A follow-up form as typed, kept over a refused save. */
	record TypedFollowUp(@Nullable String ownerUsername, @Nullable String notes, @Nullable String nextFollowUp) {
	}

	/** A reporter opts in on a candidate from the opportunities list (double-blind). */
	@PostMapping("/muligheter/interesse")
	String optInOnCandidate(@RequestParam(required = false) @Nullable String candidateId, Viewer viewer,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		String fallback = "/muligheter";
		String target = change(redirect, fallback,
				() -> id[0] = this.service.optIn(viewer, new CandidateInput(candidateId)).record().id());
		return id[0] == 0 ? target : "redirect:/samarbeid/" + id[0];
	}

	/** A facilitator, county officer or administrator follows a candidate up. */
	@PostMapping("/muligheter/folg-opp")
	String followCandidateUp(@RequestParam(required = false) @Nullable String candidateId, Viewer viewer,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		String target = change(redirect, "/muligheter",
				() -> id[0] = this.service.create(viewer, new CandidateInput(candidateId)).record().id());
		return id[0] == 0 ? target : "redirect:/samarbeid/" + id[0];
	}

	@PostMapping("/samarbeid/{id}/opt-in")
	String optIn(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return change(redirect, "/samarbeid/" + id, () -> this.service.optIn(viewer, id));
	}

	@PostMapping("/samarbeid/{id}/notes")
	String note(@PathVariable long id, @RequestParam(required = false) @Nullable String text, Viewer viewer,
			RedirectAttributes redirect) {
		return change(redirect, "/samarbeid/" + id, () -> this.service.note(viewer, id, new NoteInput(text)));
	}

	@PostMapping("/samarbeid/{id}/realised")
	String realised(@PathVariable long id, @RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String source, Viewer viewer, RedirectAttributes redirect) {
		return change(redirect, "/samarbeid/" + id, () -> {
			List<FieldProblem> wrong = new ArrayList<>();
			Integer y = parse("year", year, wrong, Integer::valueOf);
			Double q = parse("quantity", quantity, wrong, text -> Double.valueOf(text.replace(',', '.')));
			if (!wrong.isEmpty()) {
				throw new InvalidInputException(wrong);
			}
			this.service.putRealised(viewer, id, (y == null) ? 0 : y, new RealisedInput(q, unit, source));
		});
	}

	private String change(RedirectAttributes redirect, String target, Runnable change) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			change.run();
			if (!redirect.getFlashAttributes().containsKey("notice")) {
				redirect.addFlashAttribute("notice", this.problems.message("synergy.saved", new Object[0], locale));
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems",
					ex.problems()
						.stream()
						.map(p -> this.problems.message("synergy.field." + p.field(), new Object[0], locale) + ": "
								+ this.problems.message(p.messageKey(), p.arguments(), locale))
						.toList());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problems",
					redirect.getFlashAttributes().containsKey("typed")
							? List.of(this.problems.message("synergies.conflict", new Object[0], locale),
									this.problems.message("synergies.conflict.kept", new Object[0], locale))
							: List.of(this.problems.message("synergies.conflict", new Object[0], locale)));
		}
		catch (ForbiddenException ex) {
			redirect.addFlashAttribute("problems",
					List.of(this.problems.message("synergies.forbidden", new Object[0], locale)));
		}
		catch (NotFoundException ex) {
			return "redirect:/samarbeid/" + ex.key();
		}
		return "redirect:" + target;
	}

	private static <T> @Nullable T parse(String field, @Nullable String text, List<FieldProblem> wrong,
			java.util.function.Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			wrong.add(FieldProblem.of(field, text, "problem.field.required"));
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (NumberFormatException ex) {
			wrong.add(FieldProblem.of(field, text, "problem.field.type"));
			return null;
		}
	}

}
