package io.runrub.training.imports;

import java.util.Locale;

import org.assertj.core.api.ThrowingConsumer;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refused file says to the runner: its code worded by messages.properties, as the application words it. */
final class RunnerWords {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private RunnerWords() {
	}

	static String of(Throwable ex) {
		assertThat(ex).isInstanceOf(ImportRejected.class);
		ImportRejected rejected = (ImportRejected) ex;
		return MESSAGES.getMessage(rejected.messageKey(), rejected.args(), Locale.ENGLISH);
	}

	static ThrowingConsumer<Throwable> says(String words) {
		return ex -> assertThat(of(ex)).isEqualTo(words);
	}

	static ThrowingConsumer<Throwable> saysStartingWith(String words) {
		return ex -> assertThat(of(ex)).startsWith(words);
	}

	static ThrowingConsumer<Throwable> saysContaining(String words) {
		return ex -> assertThat(of(ex)).contains(words);
	}

	static ThrowingConsumer<Throwable> hasCode(String code) {
		return ex -> assertThat(((ImportRejected) ex).code()).isEqualTo(code);
	}

}
