package io.runrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The embedded database lives in files under a folder (./data by default). When that folder is missing, H2 would
 * quietly create it and a new, empty database — which looks like every booking vanished. So before the database is
 * opened, a missing folder is created here and the log says where, plainly, so that a data folder left behind by a
 * move or a different working directory is noticed at once.
 */
class DataFolder implements ApplicationListener<ApplicationPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(DataFolder.class);

	private static final String H2_FILE = "jdbc:h2:file:";

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		ensure(event.getApplicationContext().getEnvironment());
	}

	/** The folder that was created, if it was missing. */
	static Optional<Path> ensure(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith(H2_FILE)) {
			return Optional.empty();
		}
		String file = url.substring(H2_FILE.length()).split(";", 2)[0];
		Path folder = Path.of(file).toAbsolutePath().normalize().getParent();
		if (folder == null || Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + folder, ex);
		}
		boolean demo = environment.getProperty("runrub.demo", Boolean.class, false);
		String said = "The data folder {} did not exist: created it, with a new, empty database{}. If RunRub kept its "
				+ "data somewhere else before, stop it and start it from there (or point spring.datasource.url at it).";
		if (demo) {
			// the first start of the demo: expected, so said without alarm
			log.info(said, folder, " (demo mode will fill it with demo data)");
		}
		else {
			log.warn(said, folder, "");
		}
		return Optional.of(folder);
	}

}
