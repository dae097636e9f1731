package io.runrub.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

import io.runrub.training.RacePriority;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

class IcsReaderTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final IcsReader reader = new IcsReader();

	private List<ImportedSession> sessions(String fixture, ZoneId zone) {
		return reader.read(fixture, Fixtures.bytes(fixture), zone).sessions();
	}

	@Test
	void trainingPeaksAllDayWorkoutsKeepTheirDateAndTakeTheirTypeFromTheTitle() {
		List<ImportedSession> plan = sessions("trainingpeaks.ics", LONDON);

		assertThat(plan).hasSize(3);
		ImportedSession intervals = plan.get(0);
		assertThat(intervals.sourceKey()).isEqualTo("ics:tp-workout-1001@trainingpeaks.com:20260915");
		assertThat(intervals.status()).isEqualTo(SessionStatus.PLANNED);
		assertThat(intervals.date()).isEqualTo(LocalDate.of(2026, 9, 15));
		assertThat(intervals.startTime()).isNull();
		assertThat(intervals.type()).isEqualTo(SessionType.INTERVALS);
		assertThat(intervals.typeFromSource()).isTrue();
		assertThat(intervals.title()).isEqualTo("Run: 6x800m @ 5k pace");
		assertThat(intervals.notes()).contains("6 x 800m at 5k pace with 400m jog recovery.");
		// 15 min warm-up and 10 min cool-down: no single duration; 800m and 5k are a rep and a pace
		assertThat(intervals.durationSeconds()).isNull();
		assertThat(intervals.distanceMeters()).isNull();
		assertThat(intervals.heartRate()).isNull();

		ImportedSession longRun = plan.get(1);
		assertThat(longRun.type()).isEqualTo(SessionType.LONG);
		assertThat(longRun.durationSeconds()).isEqualTo(105 * 60);
		assertThat(longRun.distanceMeters()).isEqualTo(24_000.0);

		assertThat(plan.get(2).type()).isEqualTo(SessionType.REST);
		assertThat(reader.read("trainingpeaks.ics", Fixtures.bytes("trainingpeaks.ics"), LONDON).races()).isEmpty();
	}

	@Test
	void runnasEstimatedDurationWinsOverTheCalendarBlock() {
		ImportedSession tempo = sessions("runna.ics", LONDON).get(0);

		assertThat(tempo.type()).isEqualTo(SessionType.TEMPO);
		assertThat(tempo.date()).isEqualTo(LocalDate.of(2026, 9, 16));
		assertThat(tempo.startTime()).isEqualTo(LocalTime.of(7, 0)); // 06:00 UTC in BST
		assertThat(tempo.durationSeconds()).isEqualTo(2700); // the block is 50 minutes
		assertThat(tempo.distanceMeters()).isNull(); // 2 + 5 + 1 km: not one stated distance
	}

	@Test
	void aTimedEventWithoutAnEstimateLastsAsLongAsItsBlockAndFollowsTheClockChange() {
		ImportedSession easy = sessions("runna.ics", LONDON).get(1);

		assertThat(easy.type()).isEqualTo(SessionType.EASY);
		assertThat(easy.typeFromSource()).isTrue();
		assertThat(easy.startTime()).isEqualTo(LocalTime.of(7, 0)); // 07:00 UTC, GMT after 25 October
		assertThat(easy.durationSeconds()).isEqualTo(40 * 60);
	}

	@Test
	void runnasRaceDayIsARaceAndAPlannedSession() {
		ParsedFile file = reader.read("runna.ics", Fixtures.bytes("runna.ics"), LONDON);

		ImportedSession raceDay = file.sessions().get(2);
		assertThat(raceDay.type()).isEqualTo(SessionType.RACE);
		assertThat(raceDay.durationSeconds()).isEqualTo(6300);
		assertThat(raceDay.distanceMeters()).isEqualTo(21_097.5);
		assertThat(file.races()).singleElement().satisfies(race -> {
			assertThat(race.sourceKey()).isEqualTo(raceDay.sourceKey());
			assertThat(race.date()).isEqualTo(LocalDate.of(2026, 10, 11));
			assertThat(race.name()).isEqualTo("Race Day: Half Marathon");
			assertThat(race.distanceMeters()).isEqualTo(21_097.5);
			assertThat(race.priority()).isEqualTo(RacePriority.A);
		});
	}

	@Test
	void finalSurgeWorkouts() {
		List<ImportedSession> plan = sessions("finalsurge.ics", LONDON);

		assertThat(plan).extracting(ImportedSession::type)
			.containsExactly(SessionType.HILLS, SessionType.EASY, SessionType.CROSS);
		assertThat(plan.get(0).distanceMeters()).isNull(); // 2 mi warm-up and 2 mi cool-down
		assertThat(plan.get(1).distanceMeters()).isCloseTo(5 * 1609.344, within(1e-9));
		assertThat(plan.get(2).durationSeconds()).isEqualTo(30 * 60);
	}

	@Test
	void trainerRoadsScoresAreNeitherShownNorReadAsAType() {
		ImportedSession ride = sessions("trainerroad.ics", LONDON).get(0);

		assertThat(ride.title()).isEqualTo("Pettit");
		assertThat(ride.type()).isEqualTo(SessionType.CROSS);
		assertThat(ride.typeFromSource()).isTrue();
		assertThat(ride.durationSeconds()).isEqualTo(3600);
		assertThat(ride.notes()).doesNotContain("TSS").doesNotContain("IF").doesNotContain("0.64")
			.startsWith("Duration: 01:00:00");
	}

	@Test
	void raceEventsBecomeRacesWithTheirPriority() {
		ParsedFile file = reader.read("races.ics", Fixtures.bytes("races.ics"), LONDON);

		assertThat(file.sessions()).extracting(ImportedSession::type).containsOnly(SessionType.RACE);
		assertThat(file.races()).extracting(ImportedRace::name, ImportedRace::distanceMeters, ImportedRace::priority)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Berlin Marathon (A)", 42_195.0, RacePriority.A),
					org.assertj.core.groups.Tuple.tuple("Cambridge Half Marathon - B race", 21_097.5, RacePriority.B),
					org.assertj.core.groups.Tuple.tuple("Parkrun", 5_000.0, RacePriority.B),
					org.assertj.core.groups.Tuple.tuple("Town 10K race", 10_000.0, RacePriority.C));
		ImportedSession parkrun = file.sessions().get(2);
		assertThat(parkrun.startTime()).isEqualTo(LocalTime.of(9, 0));
		assertThat(parkrun.durationSeconds()).isEqualTo(1800);
	}

	@Test
	void aVtimezoneInTheFileDecidesTheInstantAndTheRunnersZoneTheClockTime() {
		List<ImportedSession> inLondon = sessions("vtimezone.ics", LONDON);
		List<ImportedSession> inNewYork = sessions("vtimezone.ics", ZoneId.of("America/New_York"));

		assertThat(inLondon).extracting(ImportedSession::startTime)
			.containsExactly(LocalTime.of(7, 30), LocalTime.of(9, 0));
		// 07:30 at +01:00 in July is 02:30 EDT; 09:00 at +00:00 in December is 04:00 EST
		assertThat(inNewYork).extracting(ImportedSession::startTime)
			.containsExactly(LocalTime.of(2, 30), LocalTime.of(4, 0));
		assertThat(inLondon.get(0).durationSeconds()).isEqualTo(45 * 60);
		assertThat(inLondon.get(0).type()).isEqualTo(SessionType.TEMPO);
		assertThat(inLondon.get(1).type()).isEqualTo(SessionType.LONG);
		assertThat(inLondon.get(0).sourceKey()).isEqualTo("ics:coach-summer:20260715T073000");
	}

	@Test
	void aKnownTzidWithoutVtimezoneAndAnUnknownOne() {
		String calendar = calendar("""
				BEGIN:VEVENT
				UID:a
				DTSTART;TZID=Europe/Paris:20260715T083000
				SUMMARY:Easy run
				END:VEVENT
				BEGIN:VEVENT
				UID:b
				DTSTART;TZID=Nowhere/Land:20260715T083000
				SUMMARY:Easy run
				END:VEVENT
				BEGIN:VEVENT
				UID:c
				DTSTART:20260715T083000
				SUMMARY:Easy run
				END:VEVENT
				""");

		List<ImportedSession> plan = reader.readFeed(calendar, LONDON).sessions();

		assertThat(plan).extracting(ImportedSession::startTime)
			.containsExactly(LocalTime.of(7, 30), LocalTime.of(8, 30), LocalTime.of(8, 30));
	}

	@Test
	void anEventWithoutUidIsKeyedByAHashOfItsTitleAndDate() {
		String calendar = calendar("""
				BEGIN:VEVENT
				DTSTART;VALUE=DATE:20260915
				SUMMARY:Easy run
				END:VEVENT
				BEGIN:VEVENT
				DTSTART;VALUE=DATE:20260916
				SUMMARY:Easy run
				END:VEVENT
				""");

		List<ImportedSession> plan = reader.readFeed(calendar, LONDON).sessions();

		assertThat(plan.get(0).sourceKey()).matches("ics:[0-9a-f]{16}:20260915");
		assertThat(plan.get(0).sourceKey()).isNotEqualTo(plan.get(1).sourceKey().replace("20260916", "20260915"));
		assertThat(reader.readFeed(calendar, LONDON).sessions().get(0).sourceKey())
			.isEqualTo(plan.get(0).sourceKey());
	}

	@Test
	void aWorkoutWithoutKeywordsIsAGuessedEasySessionAndCancelledEventsAreLeftOut() {
		String calendar = calendar("""
				BEGIN:VEVENT
				UID:x
				DTSTART;VALUE=DATE:20260915
				SUMMARY:Tuesday session
				END:VEVENT
				BEGIN:VEVENT
				UID:y
				DTSTART;VALUE=DATE:20260916
				SUMMARY:Tempo
				STATUS:CANCELLED
				END:VEVENT
				""");

		List<ImportedSession> plan = reader.readFeed(calendar, LONDON).sessions();

		assertThat(plan).singleElement().satisfies(session -> {
			assertThat(session.type()).isEqualTo(SessionType.EASY);
			assertThat(session.typeFromSource()).isFalse();
		});
	}

	@Test
	void aFeedBodyReadsLikeTheFile() {
		String body = new String(Fixtures.bytes("runna.ics"), StandardCharsets.UTF_8);

		assertThat(reader.readFeed(body, LONDON)).isEqualTo(reader.read("runna.ics", Fixtures.bytes("runna.ics"), LONDON));
	}

	@Test
	void rejectsAnUnreadableDate() {
		String calendar = calendar("""
				BEGIN:VEVENT
				UID:x
				DTSTART;VALUE=DATE:20261399
				SUMMARY:Easy run
				END:VEVENT
				""");

		assertThatThrownBy(() -> reader.readFeed(calendar, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This calendar has a date RunRub cannot read (line 6)."));
	}

	@Test
	void rejectsADateBefore1900OrAfter2200() {
		String early = calendar("BEGIN:VEVENT\nUID:x\nDTSTART;VALUE=DATE:18500915\nSUMMARY:Easy run\nEND:VEVENT\n");
		String late = calendar("BEGIN:VEVENT\nUID:x\nDTSTART:23000915T070000Z\nSUMMARY:Easy run\nEND:VEVENT\n");

		assertThatThrownBy(() -> reader.readFeed(early, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("The event 'Easy run' in this calendar is dated 1850-09-15, which cannot be right; "
					+ "RunRub reads dates from 1900 to 2200."));
		assertThatThrownBy(() -> reader.readFeed(late, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysContaining("2300-09-15"));
	}

	@Test
	void rejectsAnEventWithoutAStartDate() {
		String calendar = calendar("BEGIN:VEVENT\nUID:x\nDURATION:PT45M\nEND:VEVENT\n");

		assertThatThrownBy(() -> reader.readFeed(calendar, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("An untitled event in this calendar has no start date."));
	}

	@Test
	void rejectsAnEventThatEndsBeforeItStarts() {
		String calendar = calendar("""
				BEGIN:VEVENT
				UID:x
				DTSTART:20260915T100000Z
				DTEND:20260915T090000Z
				SUMMARY:Easy run
				END:VEVENT
				""");

		assertThatThrownBy(() -> reader.readFeed(calendar, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("The event 'Easy run' in this calendar ends (2026-09-15 10:00) before it starts (2026-09-15 11:00)."));
	}

	@Test
	void rejectsACalendarWithoutEvents() {
		assertThatThrownBy(() -> reader.readFeed(calendar(""), LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This calendar has no events, so there is nothing to import."));
	}

	@Test
	void rejectsWhatIsNotACalendar() {
		assertThatThrownBy(() -> reader.read("plan.ics", Fixtures.bytes("garmin-run.gpx"), LONDON))
			.isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is not an iCalendar (.ics) file."));
	}

	@Test
	void rejectsACalendarThatBreaksOff() {
		String cut = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260915\r\n";

		assertThatThrownBy(() -> reader.readFeed(cut, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysStartingWith("This calendar file is damaged and cannot be read"));
	}

	@Test
	void ical4jIsConfiguredNeverToFetchTimeZonesAndToReadLeniently() {
		assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).hasValue("false");
		assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING)).isTrue();
		assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING)).isTrue();
	}

	@Test
	void acceptsIcsNames() {
		assertThat(reader.accepts("plan.ICS")).isTrue();
		assertThat(reader.accepts("plan.ics.gz")).isFalse();
	}

	private static String calendar(String events) {
		return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//RunRub tests//EN\n" + events + "END:VCALENDAR\n")
			.replace("\n", "\r\n");
	}

}
