package io.runrub.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTests {

	private static final String MARKER = "SECRET-MARKER-7f3a";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@TempDir
	Path directory;

	private String externalEntityGpx() throws Exception {
		Path secret = directory.resolve("secret.txt");
		Files.writeString(secret, MARKER);
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE gpx [ <!ENTITY xxe SYSTEM "%s"> ]>
				<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
				  <trk><name>&xxe;</name><trkseg>
				    <trkpt lat="51.5" lon="-0.1"><time>2026-09-26T09:00:00Z</time></trkpt>
				  </trkseg></trk>
				</gpx>
				""".formatted(secret.toUri());
	}

	@Test
	void aReaderRejectsAnExternalEntityWithoutResolvingIt() throws Exception {
		byte[] gpx = externalEntityGpx().getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> new GpxReader().read("xxe.gpx", gpx, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.hasCode(SafeXml.DOCTYPE_REFUSED))
			.satisfies(ex -> assertThat(ex.toString() + ex.getCause()).doesNotContain(MARKER));
	}

	@Test
	void theParserItselfNeverResolvesAnExternalEntityEvenWhenAskedToReadPastTheDoctype() throws Exception {
		byte[] gpx = externalEntityGpx().getBytes(StandardCharsets.UTF_8);
		XMLStreamReader xml = SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(gpx));
		StringBuilder everything = new StringBuilder();
		boolean sawDtd = false;
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				sawDtd |= event == XMLStreamConstants.DTD;
				if (xml.hasText() && xml.getText() != null) {
					everything.append(xml.getText());
				}
			}
		}
		catch (XMLStreamException ex) {
			everything.append(ex.getMessage());
		}

		assertThat(sawDtd).isTrue();
		assertThat(everything.toString()).doesNotContain(MARKER);
	}

	@Test
	void aDoctypeInUtf16IsCaughtByTheParserWhereTheByteCheckCannotSeeIt() {
		byte[] utf16 = """
				<?xml version="1.0" encoding="UTF-16"?>
				<!DOCTYPE gpx [ <!ENTITY lol "lol"> ]>
				<gpx version="1.1"><trk><name>&lol;</name></trk></gpx>
				""".getBytes(StandardCharsets.UTF_16);
		assertThatCode(() -> SafeXml.refuseDoctype(utf16)).doesNotThrowAnyException();

		assertThatThrownBy(() -> new GpxReader().read("lol.gpx", utf16, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.hasCode(SafeXml.DOCTYPE_REFUSED));
	}

	@Test
	void aDoctypeIsRefusedWhateverItsCase() {
		byte[] lower = "<?xml version=\"1.0\"?><!doctype gpx><gpx/>".getBytes(StandardCharsets.UTF_8);
		byte[] mixed = "<?xml version=\"1.0\"?><!DocType gpx><gpx/>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> SafeXml.refuseDoctype(lower)).satisfies(RunnerWords.hasCode(SafeXml.DOCTYPE_REFUSED));
		assertThatThrownBy(() -> SafeXml.refuseDoctype(mixed)).satisfies(RunnerWords.hasCode(SafeXml.DOCTYPE_REFUSED));
	}

	@Test
	void somethingThatIsNotXmlIsRejectedAsSuch() {
		byte[] text = "lat,lon\n51.5,-0.1\n".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> SafeXml.parse(text, "GPX", xml -> SafeXml.nextChild(xml)))
			.isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is not XML, so it cannot be a GPX file."));
	}

	@Test
	void xmlThatBreaksOffIsRejectedAsIncompleteWithItsPlace() {
		byte[] gpx = Fixtures.bytes("garmin-run.gpx");
		byte[] truncated = java.util.Arrays.copyOf(gpx, gpx.length / 2);

		assertThatThrownBy(() -> new GpxReader().read("cut.gpx", truncated, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysStartingWith("This GPX file is incomplete or damaged: its XML breaks off or is malformed at line"));
	}

}
