package io.runrub.training.imports.fit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

final class TestFiles {

	private TestFiles() {
	}

	static byte[] read(String name) {
		try (InputStream in = TestFiles.class.getResourceAsStream("/fit/" + name)) {
			return Objects.requireNonNull(in, name).readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static FitActivity decode(String name) {
		return FitDecoder.decode(read(name));
	}
}
