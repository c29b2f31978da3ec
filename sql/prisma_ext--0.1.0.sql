/* prisma_ext 0.1.0: the catalog and the SQL surface */
\echo Use "CREATE EXTENSION prisma_ext" to load this file. \quit

/*---- Catalog: the active Prisma schema, readable with plain SQL ----*/

CREATE TABLE prisma.active_schema (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    source      text NOT NULL,
    checksum    text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE prisma.active_schema IS 'The Prisma schema last applied by prisma.db_push: its source, SHA-256 checksum and time';

CREATE TABLE prisma.models (
    model_name    text PRIMARY KEY,
    position      integer NOT NULL,
    db_schema     text NOT NULL,
    db_name       text NOT NULL,
    is_view       boolean NOT NULL DEFAULT false,
    ignored       boolean NOT NULL DEFAULT false,
    primary_key   text[],
    documentation text
);
COMMENT ON TABLE prisma.models IS 'Models and views of the active Prisma schema, with their table names';

CREATE TABLE prisma.fields (
    model_name    text NOT NULL REFERENCES prisma.models ON DELETE CASCADE,
    field_name    text NOT NULL,
    position      integer NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('scalar', 'enum', 'relation', 'unsupported')),
    type_name     text NOT NULL,
    arity         text NOT NULL CHECK (arity IN ('required', 'optional', 'list')),
    db_name       text,
    native_type   text,
    default_kind  text CHECK (default_kind IN ('value', 'autoincrement', 'now', 'uuid', 'cuid', 'nanoid', 'ulid', 'dbgenerated')),
    default_value text,
    is_id         boolean NOT NULL DEFAULT false,
    is_unique     boolean NOT NULL DEFAULT false,
    is_updated_at boolean NOT NULL DEFAULT false,
    ignored       boolean NOT NULL DEFAULT false,
    relation_name text,
    documentation text,
    PRIMARY KEY (model_name, field_name)
);
COMMENT ON TABLE prisma.fields IS 'Fields of each model: type, arity, default, attributes and column name (NULL for relation fields)';

CREATE TABLE prisma.enums (
    enum_name     text PRIMARY KEY,
    db_schema     text NOT NULL,
    db_name       text NOT NULL,
    documentation text
);
COMMENT ON TABLE prisma.enums IS 'Enums of the active Prisma schema and their PostgreSQL type names';

CREATE TABLE prisma.enum_values (
    enum_name text NOT NULL REFERENCES prisma.enums ON DELETE CASCADE,
    value     text NOT NULL,
    db_name   text NOT NULL,
    position  integer NOT NULL,
    PRIMARY KEY (enum_name, value)
);
COMMENT ON TABLE prisma.enum_values IS 'Values of each enum, in order, with their database labels';

CREATE TABLE prisma.relations (
    relation_id        integer PRIMARY KEY,
    relation_name      text NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('one_to_one', 'one_to_many', 'many_to_many')),
    model_a            text NOT NULL,
    field_a            text,
    model_b            text NOT NULL,
    field_b            text,
    fk_columns         text[],
    referenced_columns text[],
    on_delete          text,
    on_update          text,
    constraint_name    text,
    join_schema        text,
    join_table         text
);
COMMENT ON TABLE prisma.relations IS 'Relations: for 1-1 and 1-n, side A holds the foreign key (fk_columns reference referenced_columns of B); for m-n, join_table links A and B';

CREATE TABLE prisma.indexes (
    model_name   text NOT NULL REFERENCES prisma.models ON DELETE CASCADE,
    index_name   text NOT NULL,
    client_name  text,
    kind         text NOT NULL CHECK (kind IN ('primary', 'unique', 'index', 'fulltext')),
    fields       text[] NOT NULL,
    columns      text[] NOT NULL,
    sort_orders  text[],
    algorithm    text,
    position     integer NOT NULL,
    PRIMARY KEY (model_name, index_name)
);
COMMENT ON TABLE prisma.indexes IS 'Primary keys, unique constraints and indexes of each model, with their database names';

SELECT pg_catalog.pg_extension_config_dump('prisma.active_schema', '');
SELECT pg_catalog.pg_extension_config_dump('prisma.models', '');
SELECT pg_catalog.pg_extension_config_dump('prisma.fields', '');
SELECT pg_catalog.pg_extension_config_dump('prisma.enums', '');
SELECT pg_catalog.pg_extension_config_dump('prisma.enum_values', '');
SELECT pg_catalog.pg_extension_config_dump('prisma.relations', '');
SELECT pg_catalog.pg_extension_config_dump('prisma.indexes', '');

-- the catalog is readable by everyone (it describes tables pg_catalog shows
-- anyway); prisma.query reads it as the calling user
GRANT USAGE ON SCHEMA prisma TO PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA prisma TO PUBLIC;

/*---- Schema language ----*/

CREATE FUNCTION prisma.validate(schema text) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_validate' LANGUAGE C STRICT IMMUTABLE;
COMMENT ON FUNCTION prisma.validate(text) IS
    'Validate a Prisma schema like `prisma validate`: raises every error with line:column, returns a confirmation and any warnings';

CREATE FUNCTION prisma.format(schema text) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_format' LANGUAGE C STRICT IMMUTABLE;
COMMENT ON FUNCTION prisma.format(text) IS
    'Pretty-print a Prisma schema exactly as `prisma format` does';

CREATE FUNCTION prisma.schema() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT source FROM prisma.active_schema $$;
COMMENT ON FUNCTION prisma.schema() IS 'The active Prisma schema (the one last applied by db_push)';

CREATE FUNCTION prisma.schema_cache_stats(OUT loads bigint, OUT hits bigint, OUT models integer)
    AS 'MODULE_PATHNAME', 'prisma_schema_cache_stats' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.schema_cache_stats() IS
    'This backend''s parsed-schema cache: parses (loads), reuses (hits) and the cached model count';

/*---- Queries ----*/

CREATE FUNCTION prisma.query(doc text) RETURNS json
    AS 'MODULE_PATHNAME', 'prisma_query' LANGUAGE C STRICT VOLATILE;
COMMENT ON FUNCTION prisma.query(text) IS
    'Run a Prisma Client operation written as JSON {"model","action","args"} (or an array of them as one batch) and return Prisma Client''s result';

CREATE FUNCTION prisma.explain(doc text) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_explain' LANGUAGE C STRICT VOLATILE;
COMMENT ON FUNCTION prisma.explain(text) IS
    'The SQL a query document compiles to, its parameters, and PostgreSQL''s EXPLAIN of it';

CREATE FUNCTION prisma.plan_cache_stats(OUT hits bigint, OUT misses bigint, OUT entries integer, OUT evictions bigint)
    AS 'MODULE_PATHNAME', 'prisma_plan_cache_stats' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.plan_cache_stats() IS
    'This backend''s prepared-plan cache for prisma.query: hits, misses, cached plans, evictions';

CREATE FUNCTION prisma.shape_cache_stats(OUT hits bigint, OUT misses bigint, OUT entries integer)
    AS 'MODULE_PATHNAME', 'prisma_shape_cache_stats' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.shape_cache_stats() IS
    'This backend''s cache of compiled reads by document shape: hits, misses, kept shapes';

CREATE FUNCTION prisma._decimal_text(numeric) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_decimal_text' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION prisma._decimal_text(numeric) IS
    'Internal: a Decimal as Prisma Client prints it (decimal.js toString)';

CREATE FUNCTION prisma._json_agg_transfn(internal, json) RETURNS internal
    AS 'MODULE_PATHNAME', 'prisma_json_agg_transfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION prisma._json_agg_finalfn(internal) RETURNS json
    AS 'MODULE_PATHNAME', 'prisma_json_agg_finalfn' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE prisma._json_agg(json) (
    SFUNC = prisma._json_agg_transfn, STYPE = internal, FINALFUNC = prisma._json_agg_finalfn,
    PARALLEL = SAFE);
COMMENT ON FUNCTION prisma._json_agg_transfn(internal, json) IS 'Internal: prisma._json_agg''s transition';
COMMENT ON FUNCTION prisma._json_agg_finalfn(internal) IS 'Internal: prisma._json_agg''s final function';
COMMENT ON AGGREGATE prisma._json_agg(json) IS
    'Internal: json_agg of json values, stopped at once by a cancel even while it copies megabytes';

CREATE FUNCTION prisma._json_object(VARIADIC "any") RETURNS json
    AS 'MODULE_PATHNAME', 'prisma_json_object' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION prisma._json_object(VARIADIC "any") IS
    'Internal: json_build_object of text keys and json values; a NULL key splices an object''s members';

CREATE FUNCTION prisma._timestamp_text(timestamp) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_timestamp_text' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION prisma._timestamp_text(timestamp) IS
    'Internal: a DateTime as Prisma Client prints it (ISO-8601 UTC, milliseconds)';

/*---- Migrate ----*/

CREATE FUNCTION prisma.migrate_diff(from_schema text, to_schema text) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_migrate_diff' LANGUAGE C IMMUTABLE;
COMMENT ON FUNCTION prisma.migrate_diff(text, text) IS
    'The SQL that migrates the database of from_schema to to_schema (NULL = empty), as `prisma migrate diff --script` prints it';

CREATE FUNCTION prisma.db_push(schema text, accept_data_loss boolean DEFAULT false) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_db_push' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.db_push(text, boolean) IS
    'Make the database match the schema like `prisma db push`: applies the difference from the active schema, refuses data loss unless accept_data_loss, returns the SQL it ran';

/*---- Migration history ----*/

CREATE TABLE prisma.migrations (
    id                  varchar(36) PRIMARY KEY,
    checksum            varchar(64) NOT NULL,
    finished_at         timestamptz,
    migration_name      varchar(255) NOT NULL,
    logs                text,
    rolled_back_at      timestamptz,
    started_at          timestamptz,
    applied_steps_count integer NOT NULL DEFAULT 0,
    script              text NOT NULL,
    schema              text,
    recorded_at         timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    history_mark        bigint
);
COMMENT ON TABLE prisma.migrations IS
    'Migrations, with the columns of Prisma''s _prisma_migrations (started_at NULL: recorded by migrate_dev(create_only), not applied yet) plus the SQL, the Prisma schema after it, and the last DDL history entry it accounts for';

CREATE TABLE prisma.ddl_history (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    role            name NOT NULL,
    command_tag     text NOT NULL,
    object_type     text,
    schema_name     text,
    object_identity text,
    statement       text,
    via             text,
    migration_id    varchar(36)
);
COMMENT ON TABLE prisma.ddl_history IS
    'Every DDL command, recorded by event triggers: what, on which object, the statement, who and when, and the prisma_ext function it ran under (via: migrate_dev, migrate_deploy, migrate_reset, db_push; NULL: by hand)';

CREATE VIEW prisma.ddl_log AS
SELECT h.id, h.at, h.role, h.command_tag, h.object_type, h.object_identity,
       CASE WHEN h.migration_id IS NOT NULL THEN 'migration ' || m.migration_name
            WHEN h.via IS NOT NULL THEN h.via
            ELSE 'by hand' END AS source,
       h.statement
  FROM prisma.ddl_history h LEFT JOIN prisma.migrations m ON m.id = h.migration_id
 ORDER BY h.id;
COMMENT ON VIEW prisma.ddl_log IS
    'The DDL history at a glance: each command, its object, and the migration it belonged to, db_push, or "by hand"';

-- pg_dump keeps the migration records and the history's position, not the
-- history's rows: a restore replays its DDL and records it anew (under the
-- restored migrations' marks, so it is no drift), where restored rows would
-- collide with those
SELECT pg_catalog.pg_extension_config_dump('prisma.migrations', '');
SELECT pg_catalog.pg_extension_config_dump('prisma.ddl_history_id_seq', '');

-- the migrations are readable by all; the history holds statements (which may
-- carry secrets, as a CREATE USER MAPPING's password), so it is the owner's,
-- who may grant it; migrate_status shows the drift to whoever may migrate
REVOKE ALL ON prisma.migrations, prisma.ddl_history, prisma.ddl_log FROM PUBLIC;
GRANT SELECT ON prisma.migrations TO PUBLIC;

CREATE FUNCTION prisma._record_ddl() RETURNS event_trigger
    AS 'MODULE_PATHNAME', 'prisma_record_ddl' LANGUAGE C;
COMMENT ON FUNCTION prisma._record_ddl() IS
    'Internal: the ddl_command_end event trigger; records each command in prisma.ddl_history';
CREATE FUNCTION prisma._record_drop() RETURNS event_trigger
    AS 'MODULE_PATHNAME', 'prisma_record_drop' LANGUAGE C;
COMMENT ON FUNCTION prisma._record_drop() IS
    'Internal: the sql_drop event trigger; records each dropped object in prisma.ddl_history';
REVOKE ALL ON FUNCTION prisma._record_ddl(), prisma._record_drop() FROM PUBLIC;
CREATE EVENT TRIGGER prisma_record_ddl ON ddl_command_end EXECUTE FUNCTION prisma._record_ddl();
CREATE EVENT TRIGGER prisma_record_drop ON sql_drop EXECUTE FUNCTION prisma._record_drop();

CREATE FUNCTION prisma.migrate_dev(name text, schema text, create_only boolean DEFAULT false,
                                   accept_data_loss boolean DEFAULT false,
                                   OUT migration_name text, OUT status text, OUT script text)
    AS 'MODULE_PATHNAME', 'prisma_migrate_dev' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.migrate_dev(text, text, boolean, boolean) IS
    'Like `prisma migrate dev`: refuses on drift or a failed migration, applies recorded pending migrations, diffs the active schema against the new one, records the migration (YYYYMMDDHHMMSS_name, SHA-256 checksum, SQL, schema) and applies it; create_only records it without applying';

CREATE FUNCTION prisma.migrate_deploy(migrations json)
    RETURNS TABLE (migration_name text, status text)
    AS 'MODULE_PATHNAME', 'prisma_migrate_deploy' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.migrate_deploy(json) IS
    'Like `prisma migrate deploy`: applies each [{name, sql, schema?}] not yet applied, in order, under Prisma''s advisory lock; stops at a failed migration (P3009 while one is unresolved) and warns on edited ones';

CREATE FUNCTION prisma.migrate_status(migrations json DEFAULT NULL) RETURNS json
    AS 'MODULE_PATHNAME', 'prisma_migrate_status' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.migrate_status(json) IS
    'Like `prisma migrate status`: applied, pending, failed, rolled-back and edited migrations (compared with a [{name, sql}] list when given), and drift: DDL run outside migrations';

CREATE FUNCTION prisma.migrate_resolve(name text, action text) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_migrate_resolve' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.migrate_resolve(text, text) IS
    'Like `prisma migrate resolve`: action ''applied'' marks a recorded migration applied without running it (baselining, or a failed one fixed by hand), ''rolled_back'' marks a failed one rolled back';

CREATE FUNCTION prisma.migrate_reset() RETURNS TABLE (migration_name text, status text)
    AS 'MODULE_PATHNAME', 'prisma_migrate_reset' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.migrate_reset() IS
    'Like `prisma migrate reset`: drops the tables, views, sequences and enums of the managed schemas, then applies every migration again';

CREATE FUNCTION prisma.migrations_export() RETURNS json
    LANGUAGE sql STABLE SET search_path = pg_catalog
    AS $$
    SELECT COALESCE(json_agg(json_build_object('name', migration_name, 'sql', script,
                                               'checksum', checksum, 'schema', schema)
                             ORDER BY migration_name COLLATE "C"), '[]')
      FROM prisma.migrations
     WHERE rolled_back_at IS NULL AND (finished_at IS NOT NULL OR started_at IS NULL)
    $$;
COMMENT ON FUNCTION prisma.migrations_export() IS
    'The applied and pending migrations as [{name, sql, checksum, schema}], the shape migrate_deploy takes';

CREATE FUNCTION prisma.db_pull(schemas text[] DEFAULT NULL) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_db_pull' LANGUAGE C STABLE;
COMMENT ON FUNCTION prisma.db_pull(text[]) IS
    'Like `prisma db pull --print`: the live tables of the schemas (default: the active schema''s, else public) as a Prisma schema, with relations from foreign keys, enums, defaults, keys, indexes and native types, in prisma format layout';

CREATE FUNCTION prisma.migrate_diff_from_database(to_schema text, schemas text[] DEFAULT NULL) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_migrate_diff_from_database' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.migrate_diff_from_database(text, text[]) IS
    'The SQL that takes the live database (its tables as db_pull reads them) to to_schema (NULL = empty), as `prisma migrate diff --from-config-datasource --to-schema --script`';

CREATE FUNCTION prisma.migrate_diff_to_database(from_schema text, schemas text[] DEFAULT NULL) RETURNS text
    AS 'MODULE_PATHNAME', 'prisma_migrate_diff_to_database' LANGUAGE C VOLATILE;
COMMENT ON FUNCTION prisma.migrate_diff_to_database(text, text[]) IS
    'The SQL that takes from_schema (NULL = empty) to the live database, as `prisma migrate diff --from-schema --to-config-datasource --script`';
