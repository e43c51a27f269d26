package no.symbiose.app.goals;

import java.util.List;
import java.util.Set;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

/**
 * Where the values of some indicators come from: a Spring bean per source (the climate
 * account, the energy account, the land account, material flows, the synergies, the
 * programme, recorded entries). {@link GoalFollowUp} collects every bean and asks the one
 * that names an indicator. Values are computed, never typed in twice, and only as the
 * viewer may see them: a year whose figure is hidden or unknown is left out, never zero.
 */
public interface IndicatorValues {

	/** The keys of the catalogue's indicators this source gives values for. */
	Set<String> indicators();

	/**
	 * The indicator's known values in the scope, one per year, oldest first.
	 * @param scope the nation, a county or a park; a source that has nothing for a level
	 * answers an empty list
	 */
	List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer);

}
