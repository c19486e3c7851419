package health.covenant;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the modular monolith honest (docs/architecture.md, "Modules"): modules use each other only through their base
 * packages, only the modules they declare, with no cycles; and of another module only the types it marks with
 * {@code @NamedInterface("api")}. Also writes the module documentation to target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CovenantApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	/**
	 * The data generator ({@code bench}) and the open {@code shared} module aside, a type of one module used by
	 * another is part of its API: annotated {@code @NamedInterface("api")}, or nested in such a type.
	 */
	@Test
	void otherModulesUseOnlyWhatAModuleMarksAsItsApi() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("health.covenant");
		for (ApplicationModule module : this.modules) {
			String base = module.getBasePackage().getName();
			if (base.endsWith(".shared") || base.endsWith(".bench")) {
				continue;
			}
			noClasses().that()
				.resideOutsideOfPackage(base + "..")
				.and()
				.resideOutsideOfPackage("health.covenant.bench..")
				.should()
				.dependOnClassesThat(DescribedPredicate.describe("are internal to " + module.getDisplayName(),
						(JavaClass type) -> type.getPackageName().startsWith(base) && !isApi(type)))
				.check(classes);
		}
	}

	private static boolean isApi(JavaClass type) {
		for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
			if (t.isAnnotatedWith(NamedInterface.class)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
