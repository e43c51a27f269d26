package no.symbiose.app.importing;

/**
 * The viewer may not import this table at all (HTTP 403). Rows outside a viewer's scope
 * are reported as row errors instead.
 */
public class ImportRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public ImportRefusedException(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
