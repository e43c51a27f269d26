package no.symbiose.app.api;

/** The viewer may see the record but not change it. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException() {
		super("forbidden");
	}

}
