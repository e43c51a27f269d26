package no.symbiose.engine;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "no.symbiose.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

	@ArchTest
	static final ArchRule engineDoesNoInfrastructure = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..", "org.springframework..",
				"no.symbiose.app..");

	@ArchTest
	static final ArchRule engineDoesNoFileAccess = noClasses().should()
		.dependOnClassesThat()
		.belongToAnyOf(java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class,
				java.io.FileReader.class, java.io.FileWriter.class, java.io.RandomAccessFile.class);

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("no.symbiose.engine.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule unitsDependOnNoFeature = noClasses().that()
		.resideInAPackage("no.symbiose.engine.units..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("no.symbiose.engine.registry..");

}
