package io.runrub.benchmarks.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeQuestions;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The generated clinic the load suite runs against, written with set-based SQL (a few seconds): 1,000 runners, 80
 * therapists, 10,000+ appointments and a year of training for 100 runners. Every account's password is
 * {@link #PASSWORD}.
 *
 * <p>Therapists 1–80 (in creation order) work Monday to Saturday, 09:00–13:00 and 14:00–19:00 in the clinic's zone,
 * and all offer Swedish and sports massage; the first {@link #DEEP_TISSUE_THERAPISTS} also offer deep tissue, so that a
 * month of deep-tissue availability covers 20 therapists. The generated appointments lie between 150 days ago and 14
 * days ahead; the suite books from day {@link #FIRST_FREE_DAY} on.
 */
final class BenchClinic {

	static final String PASSWORD = "bench-password-1";
	static final String ZONE = "Europe/London";
	static final int RUNNERS = 1000;
	static final int THERAPISTS = 80;
	static final int DEEP_TISSUE_THERAPISTS = 20;
	static final int TRAINING_RUNNERS = 100;
	static final int FIRST_FREE_DAY = 20;

	private BenchClinic() {
	}

	static String runnerEmail(int n) {
		return "runner" + n + "@bench.test";
	}

	static String therapistEmail(int n) {
		return "therapist" + n + "@bench.test";
	}

	static void generate(Connection connection) throws SQLException {
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		String answers = IntakeQuestions.all()
			.stream()
			.map(IntakeQuestion::id)
			.map(id -> "('" + id + "')")
			.collect(Collectors.joining(", "));
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					insert into clinic (id, name, address, time_zone, currency, min_notice_minutes, max_days_ahead,
					                    cancellation_cutoff_hours)
					values (1, 'Bench Clinic', '1 Bench Road', '%s', 'GBP', 0, 400, 24)
					on conflict (id) do update set time_zone = excluded.time_zone, min_notice_minutes = 0,
					    max_days_ahead = 400""".formatted(ZONE));
			try (PreparedStatement accounts = connection.prepareStatement("""
					insert into account (email, password_hash, name, role, created_at)
					select 'runner' || g || '@bench.test', ?, 'Runner ' || g, 'RUNNER', now()
					from generate_series(1, %d) g
					union all
					select 'therapist' || g || '@bench.test', ?, 'Therapist ' || g, 'THERAPIST', now()
					from generate_series(1, %d) g""".formatted(RUNNERS, THERAPISTS))) {
				accounts.setString(1, hash);
				accounts.setString(2, hash);
				accounts.executeUpdate();
			}
			sql.execute("""
					insert into therapist (account_id, name, bio, active)
					select id, name, 'Sports massage therapist.', true from account
					where email like 'therapist%@bench.test' order by id""");
			sql.execute("""
					create temporary table bench_therapist as
					select t.id, row_number() over (order by t.id) as n from therapist t
					join account a on a.id = t.account_id where a.email like 'therapist%@bench.test'""");
			sql.execute("""
					create temporary table bench_runner as
					select id, row_number() over (order by id) as n from account where email like 'runner%@bench.test'""");
			sql.execute("""
					insert into therapist_modality (therapist, modality)
					select id, m from bench_therapist, (values ('SWEDISH'), ('SPORTS')) v(m)
					union all
					select id, 'DEEP_TISSUE' from bench_therapist where n <= %d""".formatted(DEEP_TISSUE_THERAPISTS));
			sql.execute("""
					insert into working_period (therapist, day_of_week, start_time, end_time)
					select id, d, s::time, e::time from bench_therapist,
					    (values ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY'), ('SATURDAY')) days(d),
					    (values ('09:00', '13:00'), ('14:00', '19:00')) hours(s, e)""");
			sql.execute("""
					insert into massage_service (name, modality, duration_minutes, price_cents, buffer_before_minutes,
					                             buffer_after_minutes, active)
					values ('Bench sports massage', 'SPORTS', 50, 6000, 0, 10, true),
					       ('Bench deep tissue', 'DEEP_TISSUE', 50, 7000, 0, 10, true),
					       ('Bench Swedish', 'SWEDISH', 50, 5500, 0, 10, true)""");
			sql.execute("""
					insert into profile (runner_id, version, training_days_per_week, running_level, pressure_tolerance,
					                     monthly_budget_cents, preferred_therapist_id, updated_at)
					select id, 0, 4, 'RECREATIONAL', 'LIGHT', 20000, null, now() from bench_runner""");
			sql.execute("""
					insert into answer_sheet (runner_id, version, notes, answered_at, confirmed_at)
					select id, 0, null, now(), now() from bench_runner""");
			sql.execute("""
					insert into sheet_answer (answer_sheet, answer_sheet_key, answer_yes)
					select r.id, q.id, false from bench_runner r, (values %s) q(id)""".formatted(answers));
			// one appointment a working day per therapist at 09:00–12:00 (rotating), from 150 days ago to 14 ahead,
			// and a second at 15:00 or 16:00 on days ahead; runners spread over all 1,000
			sql.execute("""
					insert into appointment (runner_id, therapist_id, service_id, start_at, end_at, block_start,
					                         block_end, status, created_at)
					select r.id, t.id, s.id, slot, slot + interval '50 minutes', slot, slot + interval '60 minutes',
					       'BOOKED', now()
					from bench_therapist t
					cross join generate_series(-150, 14) d
					cross join (values (0), (1)) k(k)
					join lateral (select ((current_date + d) + make_time(
					        case when k = 0 then 9 + ((t.n + d) %% 4)::int else 15 + ((t.n + d) %% 2)::int end, 0, 0))
					        at time zone '%s' as slot) x on true
					join bench_runner r on r.n = 1 + ((t.n * 37 + d * 11 + k * 500) %% %d + %d) %% %d
					join massage_service s on s.name = 'Bench sports massage'
					where extract(isodow from current_date + d) < 7 and (k = 0 or d >= 0)
					""".formatted(ZONE, RUNNERS, RUNNERS, RUNNERS));
			// a year of training for runners 1–100: a session a day but Sunday, a long run on Saturday
			sql.execute("""
					insert into training_session (runner_id, session_date, start_time, type, type_guessed, status,
					    title, duration_seconds, distance_meters, rpe, load, load_method, source, created_at)
					select r.id, current_date - d, time '07:00',
					       case when extract(isodow from current_date - d) = 6 then 'LONG'
					            when extract(isodow from current_date - d) = 3 then 'INTERVALS' else 'EASY' end,
					       false, 'COMPLETED', 'Run', 3600, 10000, 5, 300, 'RPE', 'MANUAL', now()
					from bench_runner r cross join generate_series(1, 365) d
					where r.n <= %d and extract(isodow from current_date - d) < 7""".formatted(TRAINING_RUNNERS));
			sql.execute("analyze");
		}
	}

}
