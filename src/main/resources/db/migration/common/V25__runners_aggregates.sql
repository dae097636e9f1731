-- Runner profiles and health answers become Spring Data JDBC aggregates (Profile, AnswerSheet): the tables are named
-- for their entities, a child row refers to its root by a column named for the root's table, a list or map child
-- keeps its index or key in <root>_key, and each root carries a version so that two saves at once cannot both win.
-- Existing rows are moved over unchanged; the old tables go.

create table profile (
    runner_id              bigint      primary key references account (id) on delete cascade,
    version                integer     not null,
    training_days_per_week integer     not null,
    running_level          varchar(20) not null,
    pressure_tolerance     varchar(20) not null,
    monthly_budget_cents   integer     not null,
    preferred_therapist_id bigint      references therapist (id) on delete set null,
    updated_at             timestamp with time zone not null,
    constraint profile_values check (training_days_per_week between 0 and 7 and monthly_budget_cents >= 0),
    constraint profile_level check (running_level in ('BEGINNER', 'RECREATIONAL', 'COMPETITIVE'))
);

insert into profile (runner_id, version, training_days_per_week, running_level, pressure_tolerance,
                     monthly_budget_cents, preferred_therapist_id, updated_at)
select runner_id, 0, training_days_per_week, running_level, pressure_tolerance, monthly_budget_cents,
       preferred_therapist_id, updated_at
from runner_profile;

create table profile_goal (
    profile bigint      not null references profile (runner_id) on delete cascade,
    goal    varchar(20) not null,
    primary key (profile, goal),
    constraint profile_goal_valid check (goal in ('RELAXATION', 'MAINTENANCE', 'PROBLEM_AREA'))
);

insert into profile_goal (profile, goal) select runner_id, goal from runner_goal;

-- Complaints keep the order the runner entered them in (profile_key: 0, 1, 2…).
create table profile_complaint (
    profile     bigint      not null references profile (runner_id) on delete cascade,
    profile_key integer     not null,
    body_area   varchar(30) not null,
    kind        varchar(30) not null,
    since_date  date        not null,
    severity    integer     not null,
    primary key (profile, profile_key),
    constraint profile_complaint_severity check (severity between 0 and 10),
    constraint profile_complaint_kind check (kind in ('TIGHTNESS', 'KNOTS', 'PAIN', 'SCAR_TISSUE', 'SHIN_SPLINTS',
        'PLANTAR_FASCIITIS', 'HAMSTRING_INJURY', 'OTHER'))
);

insert into profile_complaint (profile, profile_key, body_area, kind, since_date, severity)
select runner_id, complaint_order, body_area, kind, since_date, severity from runner_complaint;

-- The health answers, by the question's stable id (answer_sheet_key; see IntakeQuestions).
create table answer_sheet (
    runner_id    bigint        primary key references account (id) on delete cascade,
    version      integer       not null,
    notes        varchar(2000),
    answered_at  timestamp with time zone not null,
    confirmed_at timestamp with time zone not null
);

insert into answer_sheet (runner_id, version, notes, answered_at, confirmed_at)
select runner_id, 0, notes, answered_at, confirmed_at from runner_intake;

create table sheet_answer (
    answer_sheet     bigint      not null references answer_sheet (runner_id) on delete cascade,
    answer_sheet_key varchar(40) not null,
    answer_yes       boolean     not null,
    primary key (answer_sheet, answer_sheet_key)
);

insert into sheet_answer (answer_sheet, answer_sheet_key, answer_yes)
select runner_id, question_id, answer_yes from runner_intake_answer;

drop table runner_complaint;
drop table runner_goal;
drop table runner_profile;
drop table runner_intake_answer;
drop table runner_intake;
