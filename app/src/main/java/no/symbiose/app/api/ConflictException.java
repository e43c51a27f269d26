package no.symbiose.app.api;

/**
 * A write that clashes with what is stored: a stale {@code version} (someone else changed
 * the record in between), or a delete of a record others still depend on.
 */
public class ConflictException extends RuntimeException {

	private final String kind;

	private final String key;

	private final long currentVersion;

	private ConflictException(String kind, String key, long currentVersion) {
		super(kind);
		this.kind = kind;
		this.key = key;
		this.currentVersion = currentVersion;
	}

	/**
	 * @param currentVersion the version now stored, or -1 when the record is gone
	 */
	public static ConflictException staleVersion(String key, long currentVersion) {
		return new ConflictException("conflict", key, currentVersion);
	}

	/** The record is still referenced, e.g. a user speaks for the company. */
	public static ConflictException inUse(String key) {
		return new ConflictException("inUse", key, -1);
	}

	/** The suffix of the message keys {@code problem.<kind>.*}. */
	public String kind() {
		return this.kind;
	}

	public String key() {
		return this.key;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
