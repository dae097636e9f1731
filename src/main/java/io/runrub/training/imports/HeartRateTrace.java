package io.runrub.training.imports;

/**
 * Heart rate over a session: {@code bpm[i]} held from {@code elapsedSeconds[i]} until the next sample. Kept compact
 * because one hour of one-second recording is 3,600 samples.
 */
public record HeartRateTrace(int[] elapsedSeconds, short[] bpm) {

	public HeartRateTrace {
		if (elapsedSeconds.length != bpm.length) {
			throw new IllegalArgumentException("elapsedSeconds and bpm differ in length");
		}
	}

	public int size() {
		return bpm.length;
	}

}
