-- Password reset links: only a SHA-256 of the token is stored, so the table alone cannot reset anyone's password.
-- A token is used at most once (used_at) and expires an hour after it was asked for.
create table password_reset (
    token_hash  varchar(64) primary key,
    account_id  bigint not null references account (id) on delete cascade,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

create index password_reset_account on password_reset (account_id);
