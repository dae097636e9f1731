package io.runrub.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The postgres profile turns demo mode off and takes every secret from the environment, with no default. */
class PostgresProfileTests {

	@Test
	void demoIsOffAndCredentialsComeOnlyFromTheEnvironment() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application-postgres.properties")) {
			properties.load(in);
		}
		assertThat(properties.getProperty("runrub.demo")).isEqualTo("false");
		assertThat(properties.getProperty("spring.datasource.url")).isEqualTo("${DATABASE_URL}");
		assertThat(properties.getProperty("spring.datasource.username")).isEqualTo("${DATABASE_USER}");
		assertThat(properties.getProperty("spring.datasource.password")).isEqualTo("${DATABASE_PASSWORD}");
	}

}
