-- "Book them when they become bookable": a runner's stored wish that the suggestions of their plan beyond the
-- clinic's booking window be booked as the window reaches them. A daily job honours it (LaterBookings) and forgets
-- it once nothing is left to wait for.
create table plan_booking_wish (
    runner_id bigint primary key references account (id) on delete cascade,
    asked_at  timestamp with time zone not null
);
