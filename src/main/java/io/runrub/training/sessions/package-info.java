/**
 * Internal: the stored sessions and races of the training log, and how a day's planned and completed sessions pair up.
 */
package io.runrub.training.sessions;
