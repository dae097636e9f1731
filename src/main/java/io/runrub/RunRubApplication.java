package io.runrub;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * RunRub: the right massage at the right time, for runners and the clinics that treat them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class RunRubApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(RunRubApplication.class);
		application.addListeners(new DataFolder());
		application.run(args);
	}

	/** The one clock every module reads time from; tests replace it with a fixed one. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
