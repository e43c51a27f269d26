package no.symbiose.engine.registry;

/**
 * The codes of the European List of Waste (Commission Decision 2000/532/EC), as shipped
 * with the app.
 */
public interface EwcCatalog {

	boolean contains(EwcCode code);

}
