-- dossier: documents received with the case (the police report, Wth 2(8) "with the file"; kept per Wth 10)
create table dossier_document (
    id           uuid primary key,
    dossier_id   uuid         not null references dossier (id),
    soort        varchar(30)  not null,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   int          not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  uuid         not null,
    uploaded_by_name varchar(200) not null
);
create index dossier_document_dossier on dossier_document (dossier_id);
