package io.runrub.training;

import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training's root package is its API: only what other modules (and their tests) use lives there — the calendar, the
 * log and imports with their report, the views and enums those carry, the chart hook, the baseline hook and the change event. Storage,
 * the load model, the hard-session rule, feeds and demo seeding stay in internal sub-packages.
 */
class TrainingApiTests {

	@Test
	void theRootPackageHoldsOnlyWhatOtherModulesUse() {
		Set<String> root = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.runrub.training")
			.stream()
			.filter(type -> type.getPackageName().equals("io.runrub.training"))
			.filter(JavaClass::isTopLevelClass)
			.map(JavaClass::getSimpleName)
			.filter(name -> !name.equals("package-info"))
			.collect(Collectors.toSet());
		assertThat(root).containsExactlyInAnyOrder("ChartMarkers", "DailyLoad", "HardSignal", "ImportReport",
				"LoadMethod", "RacePriority", "RaceView", "SessionStatus", "SessionType", "SessionView",
				"TrainingBaseline", "TrainingCalendar", "TrainingChanged", "TrainingImports", "TrainingLog");
	}

}
