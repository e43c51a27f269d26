package no.symbiose.app.importing;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** File formats of import and export: one table per file, header row first. */
public enum Format {

	CSV("csv", "text/csv"), XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	Format(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public static Optional<Format> fromExtension(String extension) {
		for (Format format : values()) {
			if (format.extension.equalsIgnoreCase(extension.strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** By the file name's extension, else by the content type. */
	public static Optional<Format> of(@Nullable String fileName, @Nullable String contentType) {
		if (fileName != null && fileName.lastIndexOf('.') >= 0) {
			Optional<Format> byName = fromExtension(fileName.substring(fileName.lastIndexOf('.') + 1));
			if (byName.isPresent()) {
				return byName;
			}
		}
		if (contentType != null) {
			String type = contentType.toLowerCase(Locale.ROOT);
			if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
				return Optional.of(CSV);
			}
			if (type.startsWith(XLSX.contentType)) {
				return Optional.of(XLSX);
			}
		}
		return Optional.empty();
	}

}
