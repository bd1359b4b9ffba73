-- identity: a partner system may authenticate at the token endpoint with a JWT it signs with its own private key
-- (private_key_jwt, RFC 7523; the NL GOV Assurance profile's method for clients that can keep a key) instead of a
-- shared secret. The product keeps only the system's public keys, as a JWK Set; never a private key.
alter table system_client add column public_keys text;
alter table system_client add column keys_changed_at timestamptz;

-- The identifier (jti) of every client assertion accepted, until the assertion expires: an assertion is used
-- once, on whichever node it arrives (RFC 7523 section 3, point 7).
create table client_assertion (
    client_id  varchar(100) not null references system_client (client_id),
    jti        varchar(200) not null,
    expires_at timestamptz  not null,
    primary key (client_id, jti)
);
create index client_assertion_expiry on client_assertion (expires_at);
