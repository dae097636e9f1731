-- Runners: a runner's profile and their health screening (intake). Rows belong to the runner's account and go with
-- it ("on delete cascade"); a preferred therapist who is deleted becomes "no preference". Body areas and pressure
-- are shared enums that other modules extend, so they are not pinned by check constraints here.

create table runner_profile (
    runner_id              bigint      primary key references account (id) on delete cascade,
    training_days_per_week integer     not null,
    running_level          varchar(20) not null,
    pressure_tolerance     varchar(20) not null,
    monthly_budget_cents   integer     not null,
    preferred_therapist_id bigint      references therapist (id) on delete set null,
    updated_at             timestamp with time zone not null,
    constraint runner_profile_values check (training_days_per_week between 0 and 7 and monthly_budget_cents >= 0),
    constraint runner_profile_level check (running_level in ('BEGINNER', 'RECREATIONAL', 'COMPETITIVE'))
);

create table runner_goal (
    runner_id bigint      not null references runner_profile (runner_id) on delete cascade,
    goal      varchar(20) not null,
    primary key (runner_id, goal),
    constraint runner_goal_valid check (goal in ('RELAXATION', 'MAINTENANCE', 'PROBLEM_AREA'))
);

-- Complaints keep the order the runner entered them in.
create table runner_complaint (
    runner_id       bigint      not null references runner_profile (runner_id) on delete cascade,
    complaint_order integer     not null,
    body_area       varchar(30) not null,
    kind            varchar(30) not null,
    since_date      date        not null,
    severity        integer     not null,
    primary key (runner_id, complaint_order),
    constraint runner_complaint_severity check (severity between 0 and 10),
    constraint runner_complaint_kind check (kind in ('TIGHTNESS', 'KNOTS', 'PAIN', 'SCAR_TISSUE', 'SHIN_SPLINTS',
        'PLANTAR_FASCIITIS', 'HAMSTRING_INJURY', 'OTHER'))
);

-- The health questions' answers, by the question's stable id (see IntakeQuestions). Answering also confirms.
create table runner_intake (
    runner_id    bigint        primary key references account (id) on delete cascade,
    notes        varchar(2000),
    answered_at  timestamp with time zone not null,
    confirmed_at timestamp with time zone not null
);

create table runner_intake_answer (
    runner_id   bigint      not null references runner_intake (runner_id) on delete cascade,
    question_id varchar(40) not null,
    answer_yes  boolean     not null,
    primary key (runner_id, question_id)
);
