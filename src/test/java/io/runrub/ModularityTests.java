package io.runrub;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module structure honest: dependencies only as declared in each module's package-info, no reaching into
 * another module's internals, no cycles. Writes the module documentation committed under docs/modules.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RunRubApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureIsThere() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("shared", "accounts", "clinic", "booking", "runners", "training", "planner", "care");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
