package io.runrub.training.imports.fit;

import java.time.Instant;

/**
 * The file_id message: what kind of file this is and which device wrote it. Codes are those of the FIT
 * profile (type 4 = activity, 5 = workout; manufacturer 1 = Garmin); each component is null when absent.
 */
public record FitFileId(Integer type, Integer manufacturer, Integer product, Long serialNumber, Instant timeCreated) {
}
