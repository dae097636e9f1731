/**
 * Internal: the rule that decides whether a session was hard, and which signal decided it.
 */
package io.runrub.training.hard;
