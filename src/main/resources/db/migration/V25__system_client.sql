-- identity: the systems of partner organisations that call the API with OAuth 2.0 bearer tokens (client
-- credentials). Each client acts as a local account (role and organisation), so need-to-know and the audit
-- trail apply to it as to a person. The secret's hash is kept only for the embedded authorisation server; with
-- the organisations' own identity provider the row only maps the token's client id to the account.
create table system_client (
    client_id   varchar(100) primary key,
    user_id     uuid         not null references app_user (id),
    secret_hash varchar(200),
    created_at  timestamptz  not null default now()
);
