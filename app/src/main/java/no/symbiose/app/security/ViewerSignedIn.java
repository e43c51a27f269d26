package no.symbiose.app.security;

/**
 * Someone signed in through the login page; published by {@link ViewerSignedInPublisher}.
 */
public record ViewerSignedIn(Viewer viewer) {
}
