package no.symbiose.app.accounting.land;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.registry.FreePlot;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.ZoningStatus;
import no.symbiose.engine.rules.RuleViolation;
import no.symbiose.engine.units.Decares;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a park's free plots. Who may: national administrators, and the facilitator of
 * that park (the rule {@code RegistryPermissions.mayWritePark} applies to the park
 * itself). Everything is checked before anything is written, and every problem is
 * reported at once; a refused write changes nothing.
 */
@Service
public class LandPlots {

	private static final Logger log = LoggerFactory.getLogger(LandPlots.class);

	/**
	 * A plot as a form or the API sends it.
	 *
	 * @param zoningStatus {@code zoned}, {@code being_zoned} or {@code master_plan}
	 */
	public record PlotInput(@Nullable String label, @Nullable Double areaDaa, @Nullable String zoningStatus,
			@Nullable LocalDate availableFrom, @Nullable String source) {
	}

	private final JdbcClient jdbc;

	LandPlots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** National administrators, and the park's own facilitator. */
	public boolean mayEdit(Viewer viewer, long parkId) {
		return viewer.role() == Role.NATIONAL_ADMIN
				|| (viewer.role() == Role.PARK_FACILITATOR && Long.valueOf(parkId).equals(viewer.parkId()));
	}

	/**
	 * Adds a plot to the park.
	 * @return the new plot's id
	 * @throws NotFoundException the park does not exist
	 * @throws ForbiddenException the viewer may not change this park
	 * @throws InvalidInputException with every field problem; nothing is written
	 */
	@Transactional
	public long add(Viewer viewer, String parkKey, PlotInput input) {
		return add(viewer, parkKey, input, List.of());
	}

	/**
	 * As {@link #add(Viewer, String, PlotInput)}, with problems the caller already found
	 * reading the input (a number or date that could not be read); they are reported
	 * together with the rest, and a field is reported once.
	 */
	@Transactional
	public long add(Viewer viewer, String parkKey, PlotInput input, List<FieldProblem> alreadyFound) {
		long parkId = parkId(parkKey);
		if (!mayEdit(viewer, parkId)) {
			throw new ForbiddenException();
		}
		FreePlot plot = validate(parkKey, input, alreadyFound);
		boolean taken = this.jdbc.sql("select count(*) from land_plot where park_id = :park and label = :label")
			.param("park", parkId)
			.param("label", plot.label())
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("label", plot.label(), "accounts.land.plot.labelTaken")));
		}
		try {
			long id = this.jdbc.sql("""
					insert into land_plot (park_id, label, area_daa, zoning_status, available_from, source, updated_by)
					values (:park, :label, :area, :zoning, :from, :source, :by) returning id""")
				.param("park", parkId)
				.param("label", plot.label())
				.param("area", plot.area().value())
				.param("zoning", plot.zoning().key())
				.param("from", plot.availableFrom())
				.param("source", plot.source())
				.param("by", viewer.username())
				.query(Long.class)
				.single();
			log.info("Plot {} added to park {} by {}", id, parkKey, viewer.role().key());
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("label", plot.label(), "accounts.land.plot.labelTaken")));
		}
	}

	/**
	 * Changes a plot. Every problem is reported at once, and nothing is written.
	 * @param version the version the change was made from; a plot changed since is a
	 * conflict (null: no check)
	 * @return the key of the plot's park
	 * @throws NotFoundException no such plot
	 * @throws ForbiddenException the viewer may not change its park
	 * @throws ConflictException someone changed the plot in between
	 * @throws InvalidInputException with every field problem
	 */
	@Transactional
	public String update(Viewer viewer, long plotId, PlotInput input, List<FieldProblem> alreadyFound,
			@Nullable Integer version) {
		Owner owner = owner(plotId);
		if (!mayEdit(viewer, owner.parkId())) {
			throw new ForbiddenException();
		}
		FreePlot plot = validate(owner.parkKey(), input, alreadyFound);
		boolean taken = this.jdbc
			.sql("select count(*) from land_plot where park_id = :park and label = :label and id <> :id")
			.param("park", owner.parkId())
			.param("label", plot.label())
			.param("id", plotId)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("label", plot.label(), "accounts.land.plot.labelTaken")));
		}
		int changed = this.jdbc.sql("""
				update land_plot set label = :label, area_daa = :area, zoning_status = :zoning,
				       available_from = :from, source = :source, updated_by = :by, updated_at = now(),
				       version = version + 1
				where id = :id and (cast(:version as integer) is null or version = :version)""")
			.param("label", plot.label())
			.param("area", plot.area().value())
			.param("zoning", plot.zoning().key())
			.param("from", plot.availableFrom())
			.param("source", plot.source())
			.param("by", viewer.username())
			.param("id", plotId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw ConflictException.staleVersion(String.valueOf(plotId), owner.version());
		}
		log.info("Plot {} of park {} changed by {}", plotId, owner.parkKey(), viewer.role().key());
		return owner.parkKey();
	}

	/** The park a plot belongs to, and the plot's version. */
	record Owner(long parkId, String parkKey, int version) {
	}

	Owner owner(long plotId) {
		return this.jdbc.sql("""
				select p.id, p.park_key, l.version from land_plot l join park p on p.id = l.park_id
				where l.id = :id""")
			.param("id", plotId)
			.query((rs, n) -> new Owner(rs.getLong("id"), rs.getString("park_key"), rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("plot", String.valueOf(plotId)));
	}

	/**
	 * Removes a plot (taken by a tenant, or entered by mistake).
	 * @throws NotFoundException no such plot
	 * @throws ForbiddenException the viewer may not change its park
	 * @return the key of the plot's park
	 */
	@Transactional
	public String delete(Viewer viewer, long plotId) {
		Owner owner = owner(plotId);
		if (!mayEdit(viewer, owner.parkId())) {
			throw new ForbiddenException();
		}
		this.jdbc.sql("delete from land_plot where id = :id").param("id", plotId).update();
		log.info("Plot {} removed from park {} by {}", plotId, owner.parkKey(), viewer.role().key());
		return owner.parkKey();
	}

	long parkId(String parkKey) {
		return this.jdbc.sql("select id from park where park_key = :key")
			.param("key", parkKey)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("park", parkKey));
	}

	/** The key of the park a plot belongs to. */
	public String parkKeyOf(long plotId) {
		return owner(plotId).parkKey();
	}

	/** The plot, or every problem with the input at once. */
	static FreePlot validate(String parkKey, PlotInput input, List<FieldProblem> alreadyFound) {
		List<FieldProblem> problems = new ArrayList<>(alreadyFound);
		java.util.Set<String> reported = new java.util.HashSet<>();
		alreadyFound.forEach(p -> reported.add(p.field()));
		String label = input.label() == null ? "" : input.label().strip();
		if (label.isEmpty()) {
			problems.add(FieldProblem.of("label", input.label(), "registry.plot.labelBlank"));
		}
		else if (label.length() > FreePlot.MAX_LABEL_LENGTH) {
			problems.add(FieldProblem.of("label", label, "registry.plot.labelTooLong", label.length(),
					FreePlot.MAX_LABEL_LENGTH));
		}
		Decares area = null;
		if (input.areaDaa() == null) {
			if (!reported.contains("areaDaa")) {
				problems.add(FieldProblem.of("areaDaa", null, "problem.field.required"));
			}
		}
		else {
			try {
				area = FreePlot.area(input.areaDaa());
			}
			catch (RuleViolation ex) {
				problems.add(FieldProblem.of("areaDaa", input.areaDaa(), ex));
			}
		}
		ZoningStatus zoning = null;
		if (input.zoningStatus() == null || input.zoningStatus().isBlank()) {
			problems.add(FieldProblem.of("zoningStatus", input.zoningStatus(), "problem.field.required"));
		}
		else {
			try {
				zoning = ZoningStatus.fromKey(input.zoningStatus());
			}
			catch (RuleViolation ex) {
				problems.add(FieldProblem.of("zoningStatus", input.zoningStatus(), ex));
			}
		}
		if (!problems.isEmpty() || area == null || zoning == null) {
			throw new InvalidInputException(problems);
		}
		return new FreePlot(ParkKey.of(parkKey), label, area, zoning, input.availableFrom(), input.source());
	}

}
