package no.symbiose.engine.symbiosis.allocation;

/**
 * Decides how much flows along each arc of a problem. Every allocator returns a feasible
 * allocation: no supply gives and no demand takes more than its capacity, and arcs with
 * benefit &lt;= 0 carry nothing.
 */
public interface Allocator {

	Allocation allocate(AllocationProblem problem);

}
