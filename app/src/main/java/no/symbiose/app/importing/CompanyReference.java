package no.symbiose.app.importing;

/**
 * Facts and streams belong to a company that exists, in the registry or earlier in the
 * same import.
 */
final class CompanyReference {

	static final TableMapping.Check CHECK = new TableMapping.Check(
			"select s.row_no, s.company_key as value, s.company_key as arg from import_stage s"
					+ " where not exists (select 1 from company c where c.company_key = s.company_key)",
			"company_key", "import.unknownCompany");

	private CompanyReference() {
	}

}
