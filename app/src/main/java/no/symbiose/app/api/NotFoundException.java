package no.symbiose.app.api;

/**
 * An unknown key, or a record the viewer may not see at all (answered the same way, so
 * that a 403 does not reveal that a private record exists).
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final String key;

	/**
	 * @param what a word under {@code problem.notFound.<what>}, such as {@code park}
	 * @param key the key asked for
	 */
	public NotFoundException(String what, String key) {
		super(what + " not found");
		this.what = what;
		this.key = key;
	}

	public String what() {
		return this.what;
	}

	public String key() {
		return this.key;
	}

}
