-- Private calendar subscriptions: one per account (runner or therapist). Only a SHA-256 of the random token is
-- stored, so the table alone cannot read anyone's calendar; resetting replaces the row, which revokes the old address.
create table calendar_subscription (
    account_id  bigint primary key references account (id) on delete cascade,
    token_hash  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    constraint calendar_subscription_token_unique unique (token_hash)
);
