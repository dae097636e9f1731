-- One load scale for every method: an hour at threshold is 100 however it was recorded (training.load.SessionLoad).
-- Effort (session RPE, and the estimate from the type) was RPE × minutes, where an hour at RPE 7 is 420: divide by 4.2.
-- Heart rate was raw Banister TRIMP, where an hour at the default threshold (180 bpm, max 200, rest 60) is
-- 60 × 0.857143 × 0.725 × e^(1.795 × 0.857143) = 173.674297: divide by 1.73674297.
update training_session set load = load / 4.2 where load_method in ('RPE', 'ESTIMATE');
update training_session set load = load / 1.73674296662806 where load_method = 'HEART_RATE';
