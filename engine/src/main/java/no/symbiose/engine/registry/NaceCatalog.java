package no.symbiose.engine.registry;

/** The official NACE codes of each version, as shipped with the app. */
public interface NaceCatalog {

	boolean contains(NaceCode code);

}
