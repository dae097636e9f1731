/**
 * Internal: a session's load (session RPE, heart-rate TRIMP or an estimate) and the daily load model (fitness, fatigue, form).
 */
package io.runrub.training.load;
