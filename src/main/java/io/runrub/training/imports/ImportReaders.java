package io.runrub.training.imports;

import io.runrub.training.imports.FitReader;
import io.runrub.training.imports.GpxReader;
import io.runrub.training.imports.IcsReader;
import io.runrub.training.imports.ImportLimits;
import io.runrub.training.imports.StravaExportReader;
import io.runrub.training.imports.TcxReader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file readers imports choose from, by file name. They are plain, stateless classes. */
@Configuration(proxyBeanMethods = false)
class ImportReaders {

	@Bean
	FitReader fitReader() {
		return new FitReader();
	}

	@Bean
	GpxReader gpxReader() {
		return new GpxReader();
	}

	@Bean
	TcxReader tcxReader() {
		return new TcxReader();
	}

	@Bean
	IcsReader icsReader(ImportLimits limits) {
		return new IcsReader(limits.sessionsPerFile());
	}

	@Bean
	StravaExportReader stravaExportReader(FitReader fitReader) {
		return new StravaExportReader(fitReader);
	}

}
