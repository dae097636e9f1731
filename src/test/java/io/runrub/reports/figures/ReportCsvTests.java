package io.runrub.reports.figures;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV as RFC 4180 has it, and no formulas for a spreadsheet to run. */
class ReportCsvTests {

	@Test
	void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
		String csv = ReportCsv.write(List.of("Name", "Count"),
				List.of(List.of("Deep, \"firm\" tissue", 2), List.of("Two\nlines", 1), List.of("Plain", 0)));
		assertThat(csv).isEqualTo("Name,Count\r\n\"Deep, \"\"firm\"\" tissue\",2\r\n\"Two\nlines\",1\r\nPlain,0\r\n");
	}

	@Test
	void textASpreadsheetWouldRunAsAFormulaStaysText() {
		String csv = ReportCsv.write(List.of("Name"),
				List.of(List.of("=HYPERLINK(\"http://evil\")"), List.of("+1"), List.of("-x"), List.of("@SUM(A1)")));
		assertThat(Arrays.asList(csv.split("\r\n"))).containsExactly("Name", "\"'=HYPERLINK(\"\"http://evil\"\")\"",
				"'+1", "'-x", "'@SUM(A1)");
	}

	@Test
	void numbersAreWrittenAsNumbersAndEmptyCellsStayEmpty() {
		java.util.ArrayList<Object> row = new java.util.ArrayList<>();
		row.add(-5L);
		row.add(null);
		assertThat(ReportCsv.write(List.of("A", "B"), List.of(row))).isEqualTo("A,B\r\n-5,\r\n");
	}

}
