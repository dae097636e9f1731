package io.runrub.reports.figures;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV (RFC 4180, by Commons CSV: a field with a comma, quote or line break is quoted, quotes doubled).
 * A text field that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) is
 * prefixed with an apostrophe, so that a service named "=HYPERLINK(…)" stays text when the owner opens the file.
 */
public final class ReportCsv {

	private ReportCsv() {
	}

	public static String write(List<String> header, List<List<Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(ReportCsv::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static Object cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

}
