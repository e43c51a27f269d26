package no.symbiose.app.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Announces who signed in through the login page, as the {@link Viewer} they will be, so
 * that work they are about to ask for can start at once (the goals' warm-up).
 */
@Component
class ViewerSignedInPublisher {

	private final AppUsers users;

	private final ApplicationEventPublisher events;

	ViewerSignedInPublisher(AppUsers users, ApplicationEventPublisher events) {
		this.users = users;
		this.events = events;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.users.byUsername(event.getAuthentication().getName())
			.filter(AppUser::enabled)
			.map(AppUser::viewer)
			.ifPresent(viewer -> this.events.publishEvent(new ViewerSignedIn(viewer)));
	}

}
