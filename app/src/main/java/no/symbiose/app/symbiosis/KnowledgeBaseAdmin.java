package no.symbiose.app.symbiosis;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;

/**
 * National administrators add rules to the knowledge base and delete the ones they added;
 * the built-in rules change only with a new version of the engine's files. A rule is
 * checked in full before it is stored, so a bad rule changes nothing.
 */
@Service
@Transactional
class KnowledgeBaseAdmin {

	private final SymbiosisMatching matching;

	private final JdbcClient jdbc;

	KnowledgeBaseAdmin(SymbiosisMatching matching, JdbcClient jdbc) {
		this.matching = matching;
		this.jdbc = jdbc;
	}

	/**
	 * @return the id of the stored rule
	 */
	String add(Viewer viewer, Map<String, String> columns) {
		requireAdmin(viewer);
		List<FieldProblem> problems = RuleColumnsCheck.problems(columns, this.matching.knowledgeBase());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, String> complete = RuleColumnsCheck.complete(columns);
		this.jdbc
			.sql("insert into symbiosis_rule (rule_id, columns, created_by) values (:id, cast(:columns as jsonb), :by)")
			.param("id", complete.get("rule_id"))
			.param("columns", AdministratorRules.toJson(complete))
			.param("by", String.valueOf(viewer.username()))
			.update();
		return complete.get("rule_id");
	}

	void delete(Viewer viewer, String ruleId) {
		requireAdmin(viewer);
		int deleted = this.jdbc.sql("delete from symbiosis_rule where rule_id = :id").param("id", ruleId).update();
		if (deleted == 0) {
			throw new NotFoundException("rule", ruleId);
		}
	}

	private static void requireAdmin(Viewer viewer) {
		if (viewer.role() != Role.NATIONAL_ADMIN) {
			throw new ForbiddenException();
		}
	}

}
