-- Care's aggregates with children are kept by Spring Data JDBC, like the therapist: a child table refers to its
-- aggregate through a column named after the aggregate's table. So:
-- * a homework check-in is a row of its homework (homework_check_in.homework_id becomes homework_check_in.homework);
-- * an area score is a row of its body check-in (body_check_in_area.check_in_id becomes body_check_in_area.body_check_in);
-- * an exercise's body areas move from a comma-separated column to rows of exercise_area, one per area.

alter table homework_check_in rename column homework_id to homework;

alter table body_check_in_area rename column check_in_id to body_check_in;

create table exercise_area (
    exercise bigint      not null references exercise (id),
    area     varchar(20) not null,
    primary key (exercise, area),
    constraint exercise_area_code check (area in ('CALVES', 'SHINS', 'FEET', 'HAMSTRINGS', 'QUADS', 'KNEES',
        'HIPS_GLUTES', 'IT_BAND', 'LOW_BACK', 'SHOULDERS_NECK', 'OTHER'))
);

insert into exercise_area (exercise, area) select id, 'CALVES' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,CALVES,%';
insert into exercise_area (exercise, area) select id, 'SHINS' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,SHINS,%';
insert into exercise_area (exercise, area) select id, 'FEET' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,FEET,%';
insert into exercise_area (exercise, area) select id, 'HAMSTRINGS' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,HAMSTRINGS,%';
insert into exercise_area (exercise, area) select id, 'QUADS' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,QUADS,%';
insert into exercise_area (exercise, area) select id, 'KNEES' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,KNEES,%';
insert into exercise_area (exercise, area) select id, 'HIPS_GLUTES' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,HIPS_GLUTES,%';
insert into exercise_area (exercise, area) select id, 'IT_BAND' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,IT_BAND,%';
insert into exercise_area (exercise, area) select id, 'LOW_BACK' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,LOW_BACK,%';
insert into exercise_area (exercise, area) select id, 'SHOULDERS_NECK' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,SHOULDERS_NECK,%';
insert into exercise_area (exercise, area) select id, 'OTHER' from exercise where ',' || replace(body_areas, ' ', '') || ',' like '%,OTHER,%';

alter table exercise drop column body_areas;
