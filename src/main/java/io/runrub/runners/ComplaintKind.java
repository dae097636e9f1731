package io.runrub.runners;

public enum ComplaintKind {

	TIGHTNESS, KNOTS, PAIN, SCAR_TISSUE, SHIN_SPLINTS, PLANTAR_FASCIITIS, HAMSTRING_INJURY, OTHER

}
