package no.symbiose.app.importing;

import no.symbiose.app.security.Viewer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: choose a table, upload a file, see the counts or every error. */
@Controller
class ImportPageController {

	private final ImportService imports;

	ImportPageController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/import")
	String page(Model model) {
		model.addAttribute("tables", List.of(Table.values()));
		model.addAttribute("formats", List.of(Format.values()));
		return "importing/import";
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "table", required = false) @Nullable String table,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Viewer viewer, Model model)
			throws IOException {
		page(model);
		Table wanted = (table == null || table.isBlank()) ? null : Table.fromKey(table).orElse(null);
		model.addAttribute("selectedTable", (wanted == null) ? "" : wanted.key());
		if (file == null || file.isEmpty()) {
			model.addAttribute("formError", "import.noFile");
			return "importing/import";
		}
		Format format = Format.of(file.getOriginalFilename(), file.getContentType()).orElse(null);
		if (format == null) {
			model.addAttribute("formError", "import.unsupportedFormat");
			return "importing/import";
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("report", this.imports.importFile(wanted, format, in, viewer));
		}
		catch (ImportRefusedException ex) {
			model.addAttribute("formError", ex.messageKey());
		}
		return "importing/import";
	}

}
