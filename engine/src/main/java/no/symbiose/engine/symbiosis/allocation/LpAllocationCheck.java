package no.symbiose.engine.symbiosis.allocation;

import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * An independent check of the allocators: the same problem as a linear program, solved by
 * GLOP (OR-Tools' primal/dual simplex, no code shared with its min-cost flow). Maximise Σ
 * benefit·x subject to Σ_out x ≤ supply capacity, Σ_in x ≤ demand capacity, x ≥ 0. The
 * constraint matrix is a bipartite incidence matrix, totally unimodular, so the LP
 * optimum equals the integer optimum, up to GLOP's floating-point tolerance.
 */
public final class LpAllocationCheck {

	private LpAllocationCheck() {
	}

	public static double optimum(AllocationProblem problem) {
		Loader.loadNativeLibraries();
		MPSolver solver = MPSolver.createSolver("GLOP");
		try {
			double infinity = MPSolver.infinity();
			MPConstraint[] supplyRows = new MPConstraint[problem.supplies().size()];
			for (int s = 0; s < supplyRows.length; s++) {
				supplyRows[s] = solver.makeConstraint(-infinity, problem.supplies().get(s).capacity(), "supply" + s);
			}
			MPConstraint[] demandRows = new MPConstraint[problem.demands().size()];
			for (int d = 0; d < demandRows.length; d++) {
				demandRows[d] = solver.makeConstraint(-infinity, problem.demands().get(d).capacity(), "demand" + d);
			}
			MPObjective objective = solver.objective();
			List<Arc> arcs = problem.arcs();
			for (int i = 0; i < arcs.size(); i++) {
				Arc arc = arcs.get(i);
				MPVariable x = solver.makeNumVar(0, infinity, "x" + i);
				supplyRows[arc.supply()].setCoefficient(x, 1);
				demandRows[arc.demand()].setCoefficient(x, 1);
				objective.setCoefficient(x, arc.benefitPerUnit());
			}
			objective.setMaximization();
			MPSolver.ResultStatus status = solver.solve();
			if (status != MPSolver.ResultStatus.OPTIMAL) {
				throw new IllegalStateException("GLOP returned " + status);
			}
			return objective.value();
		}
		finally {
			solver.delete();
		}
	}

}
