package io.runrub.runners;

/**
 * What bothers a runner in a body area. Shin splints, plantar fasciitis and hamstring injuries are named because the
 * sources suggest Active Release Technique for them (TYPE-INJURY-ART).
 */
public enum ComplaintKind {

	TIGHTNESS, KNOTS, PAIN, SCAR_TISSUE, SHIN_SPLINTS, PLANTAR_FASCIITIS, HAMSTRING_INJURY, OTHER

}
