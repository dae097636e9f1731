package io.runrub.runners;

import java.util.List;
import java.util.Optional;

import static io.runrub.runners.IntakeTier.RESTRICT;
import static io.runrub.runners.IntakeTier.STOP;

/**
 * The health questions every runner answers before booking, and confirms at every booking ("anything changed since
 * last time?"). They follow the intake tiers of product.md: SAFE-STOP (no massage now, seek medical advice) and
 * SAFE-RESTRICT (light pressure only, areas to avoid, a clinician's OK where needed). People do not know which
 * conditions matter, so each question names one plainly and is answered yes or no.
 * <p>
 * Ids are stored with the answers: never rename one. A new question makes every earlier intake incomplete, so
 * runners are asked again before their next booking.
 */
public final class IntakeQuestions {

	private static final List<IntakeQuestion> ALL = List.of(
			// SAFE-STOP
			new IntakeQuestion("BLOOD_CLOT", "Do you have a blood clot (such as a DVT), or does a doctor think you "
					+ "might, or do you have new swelling in a calf that you cannot explain?", STOP),
			new IntakeQuestion("CHEST_PAIN", "Do you have chest pain, or do you get out of breath more easily than "
					+ "usual?", STOP),
			new IntakeQuestion("FEVER", "Do you have a fever, or an illness you could pass on, such as flu, COVID-19 "
					+ "or a stomach bug?", STOP),
			new IntakeQuestion("DARK_URINE", "Have you had dark (brown or cola-coloured) urine or severe muscle "
					+ "weakness since a very long or very hard effort, such as a marathon or an ultra?", STOP),
			new IntakeQuestion("RECENT_INJURY", "Have you injured an area to be massaged (a sprain, strain, fall or "
					+ "knock) in the last 72 hours?", STOP),
			new IntakeQuestion("FRACTURE", "Do you think you might have a broken bone, including a stress "
					+ "fracture?", STOP),
			// SAFE-RESTRICT
			new IntakeQuestion("BLOOD_THINNERS", "Do you take blood thinners (such as warfarin, apixaban or "
					+ "rivaroxaban), or do you have a bleeding disorder?", RESTRICT),
			new IntakeQuestion("PREGNANCY", "Are you pregnant?", RESTRICT),
			new IntakeQuestion("RECENT_SURGERY", "Have you had an operation in the last 6 months?", RESTRICT),
			new IntakeQuestion("CANCER_TREATMENT", "Are you having treatment for cancer, or have you had it in the "
					+ "last year?", RESTRICT),
			new IntakeQuestion("OSTEOPOROSIS", "Do you have osteoporosis (thin or fragile bones)?", RESTRICT),
			new IntakeQuestion("VARICOSE_VEINS", "Do you have varicose veins?", RESTRICT),
			new IntakeQuestion("SKIN_CONDITION", "Do you have a skin condition, a rash, broken skin or a wound "
					+ "where you would be massaged?", RESTRICT),
			new IntakeQuestion("HEART_CONDITION", "Do you have a heart condition, or high or low blood "
					+ "pressure?", RESTRICT),
			new IntakeQuestion("REDUCED_SENSATION", "Do you have numbness or less feeling than usual anywhere, for "
					+ "example from diabetes or nerve damage?", RESTRICT));

	private IntakeQuestions() {
	}

	/** Every question, the SAFE-STOP ones first, in the order a runner sees them. */
	public static List<IntakeQuestion> all() {
		return ALL;
	}

	public static Optional<IntakeQuestion> byId(String id) {
		return ALL.stream().filter(question -> question.id().equals(id)).findFirst();
	}

}
