package no.symbiose.app.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import no.symbiose.app.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TemplateServiceTest {

	@Autowired
	TemplateService templates;

	@Test
	void anXlsxTemplateHasTheHeaderAGuideInBothLanguagesAndDropDowns() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		templates.template(Table.STREAMS, Format.XLSX, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var data = workbook.getSheetAt(0);
			assertThat(data.getRow(0).getCell(3).getStringCellValue()).isEqualTo("direction");
			assertThat(data.getLastRowNum()).isZero();
			// direction, heat_medium, unit, availability, confidentiality
			assertThat(data.getDataValidations()).hasSize(5);
			var guide = workbook.getSheet(TemplateService.GUIDE_SHEET);
			assertThat(guide.getLastRowNum()).isEqualTo(Table.STREAMS.columns().size());
			assertThat(guide.getRow(4).getCell(0).getStringCellValue()).isEqualTo("direction");
			assertThat(guide.getRow(4).getCell(2).getStringCellValue()).startsWith("Retning");
			assertThat(guide.getRow(4).getCell(3).getStringCellValue()).startsWith("Direction");
		}
	}

	@Test
	void everyColumnIsDescribedInBokmalAndEnglish() {
		for (Table table : Table.values()) {
			for (String column : table.columns()) {
				assertThat(templates.describe(column, ImportService.BOKMAL)).as(column).isNotBlank();
				assertThat(templates.describe(column, java.util.Locale.ENGLISH)).as(column)
					.isNotEqualTo(templates.describe(column, ImportService.BOKMAL));
			}
		}
	}

}
