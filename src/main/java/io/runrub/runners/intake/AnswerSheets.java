package io.runrub.runners.intake;

import org.springframework.data.repository.ListCrudRepository;

/** Runners' stored health answers, one sheet per runner, by runner id. */
public interface AnswerSheets extends ListCrudRepository<AnswerSheet, Long> {

}
