package io.runrub.training.imports;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * XML from runners' files, read so that it can never reach outside itself. Entities are declared only in a DOCTYPE,
 * so refusing every DOCTYPE closes XXE and entity-expansion attacks at the root; the parser is also configured
 * against DTDs and external entities in case a DOCTYPE ever slips past the byte check (for example in UTF-16, which
 * the byte check cannot see, but the parser reports as a DTD event).
 */
final class SafeXml {

	static final String DOCTYPE_REFUSED = "xml-doctype";

	private static final byte[] DOCTYPE = "<!doctype".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private SafeXml() {
	}

	/** What to do with the reader; throw {@link ImportRejected} for content that is XML but not the expected kind. */
	@FunctionalInterface
	interface Parse<T> {

		T from(XMLStreamReader xml) throws XMLStreamException;

	}

	/**
	 * Parses a whole document, or rejects it: a DOCTYPE, something that is not XML, or XML that breaks off.
	 * @param kind what the file should be, for messages ("GPX", "TCX")
	 */
	static <T> T parse(byte[] document, String kind, Parse<T> parse) {
		refuseDoctype(document);
		// Strava's export writes TCX files with spaces before the XML declaration, which XML forbids.
		int start = leadingWhitespace(document);
		Guarded xml;
		try {
			xml = new Guarded(
					factory().createXMLStreamReader(new ByteArrayInputStream(document, start, document.length - start)));
		}
		catch (XMLStreamException ex) {
			throw ImportRejected.because(ex, "xml-not-xml", kind);
		}
		try {
			return parse.from(xml);
		}
		catch (XMLStreamException ex) {
			if (!xml.seenElement) {
				throw ImportRejected.because(ex, "xml-not-xml", kind);
			}
			if (ex.getLocation() == null) {
				throw ImportRejected.because(ex, "xml-damaged", kind);
			}
			throw ImportRejected.because(ex, "xml-damaged-at", kind, ex.getLocation().getLineNumber(),
					ex.getLocation().getColumnNumber());
		}
		finally {
			try {
				xml.close();
			}
			catch (XMLStreamException ex) {
				// nothing was written, so nothing is lost
			}
		}
	}

	/** A fresh factory per document: factories are not guaranteed thread-safe, and creating one is cheap. */
	static XMLInputFactory factory() {
		// The JDK's own parser, whatever else is on the classpath, so that the settings below are known to work.
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external entities are not read: " + systemId);
		});
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	static void refuseDoctype(byte[] document) {
		for (int i = 0; i <= document.length - DOCTYPE.length; i++) {
			if (document[i] == '<' && startsWithIgnoringCase(document, i)) {
				throw ImportRejected.because(DOCTYPE_REFUSED);
			}
		}
	}

	private static boolean startsWithIgnoringCase(byte[] document, int at) {
		for (int j = 1; j < DOCTYPE.length; j++) {
			int b = document[at + j];
			if (b >= 'A' && b <= 'Z') {
				b += 'a' - 'A';
			}
			if (b != DOCTYPE[j]) {
				return false;
			}
		}
		return true;
	}

	private static int leadingWhitespace(byte[] document) {
		int i = 0;
		while (i < document.length && (document[i] == ' ' || document[i] == '\t' || document[i] == '\r'
				|| document[i] == '\n')) {
			i++;
		}
		return i;
	}

	/** Moves to the root element, rejecting the file when it is some other kind of XML. */
	static void enterRoot(XMLStreamReader xml, String rootName, String otherwise) throws XMLStreamException {
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT) {
				if (!rootName.equals(xml.getLocalName())) {
					throw ImportRejected.because(otherwise);
				}
				return;
			}
		}
		throw ImportRejected.because(otherwise);
	}

	/**
	 * Moves to the next child of the current element. Returns false, positioned on the current element's end, when
	 * there are no more. Whoever handles a child must read it to its end ({@link #text}, {@link #skip}, or their own
	 * loop of {@code nextChild}).
	 */
	static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
		throw new XMLStreamException("document ended inside an element", xml.getLocation());
	}

	/** The text of the current element and its descendants, trimmed; leaves the reader on the element's end. */
	static String text(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					text.append(xml.getText());
				default -> {
				}
			}
		}
		return text.toString().trim();
	}

	/** Skips the current element with everything inside it. */
	static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** A decimal as XML writes it, or NaN when it is missing or unreadable: one bad value must not lose a run. */
	static double number(String text) {
		if (text == null || text.isEmpty()) {
			return Double.NaN;
		}
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : Double.NaN;
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	/** Refuses a DTD wherever the parser meets one, and notes whether the document got as far as an element. */
	private static final class Guarded extends StreamReaderDelegate {

		private boolean seenElement;

		Guarded(XMLStreamReader reader) {
			super(reader);
		}

		@Override
		public int next() throws XMLStreamException {
			int event = super.next();
			if (event == XMLStreamConstants.DTD) {
				throw ImportRejected.because(DOCTYPE_REFUSED);
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				this.seenElement = true;
			}
			return event;
		}

		@Override
		public int nextTag() throws XMLStreamException {
			int event = next();
			while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
					|| event == XMLStreamConstants.PROCESSING_INSTRUCTION
					|| ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && isWhiteSpace())) {
				event = next();
			}
			if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
				throw new XMLStreamException("expected an element", getLocation());
			}
			return event;
		}

	}

}
