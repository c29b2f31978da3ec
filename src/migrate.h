/*
 * migrate.h
 *		The migration engine: PSL schema -> SQL schema model -> ordered
 *		migration steps -> SQL script, the way Prisma's schema engine does it
 *		for PostgreSQL.
 *
 * migrate_sqlschema.c computes the SQL schema model (MsSchema) of a
 * validated PslSchema; migrate_diff.c compares two models and produces the
 * ordered list of MigrateStep, plus the destructive-change checks;
 * migrate_render.c prints steps as `prisma migrate diff --script` does and
 * renders the warning texts.  Everything is plain C on a PslArena, with no
 * PostgreSQL dependency: the backend executes the statements and runs the
 * row-count queries the checks ask for.
 */
#ifndef MIGRATE_H
#define MIGRATE_H

#include "psl_schema.h"

/* ---------------------------------------------------------------------
 * The SQL schema model
 * --------------------------------------------------------------------- */

typedef enum MsTypeKind
{
	MS_TYPE_NATIVE,				/* a PostgreSQL native type: Text, Integer... */
	MS_TYPE_ENUM,				/* a user enum */
	MS_TYPE_UNSUPPORTED			/* Unsupported("...") */
} MsTypeKind;

typedef enum MsDefaultKind
{
	MS_DEFAULT_NONE = 0,
	MS_DEFAULT_VALUE,			/* a literal */
	MS_DEFAULT_NOW,				/* CURRENT_TIMESTAMP */
	MS_DEFAULT_DBGENERATED,		/* raw SQL expression */
	MS_DEFAULT_SEQUENCE			/* autoincrement (serial) */
} MsDefaultKind;

typedef struct MsColumn
{
	char	   *name;
	MsTypeKind	type_kind;
	char	   *native;			/* NATIVE: Prisma's name: "VarChar", "Integer" */
	int			nargs;
	int			args[2];
	char	   *enum_schema;	/* ENUM: the type's schema */
	char	   *enum_name;		/* ENUM: the type's name */
	char	   *unsupported;	/* UNSUPPORTED: the type text */
	bool		is_list;
	bool		not_null;
	bool		autoincrement;	/* SERIAL/BIGSERIAL/SMALLSERIAL */
	char	   *type_sql;		/* full rendered type, e.g. `"s"."E"[]`, SERIAL */
	char	   *plain_type_sql; /* the type without SERIAL: INTEGER */
	MsDefaultKind default_kind;
	char	   *default_sql;	/* rendered DEFAULT expression, or NULL */
	bool		default_datetime;	/* VALUE: a DateTime literal */
	bool		default_numeric;	/* VALUE: a number (compare as decimals) */
	bool		default_json;	/* VALUE: JSON text (compare parsed) */
	bool		prisma_default; /* uuid()/cuid()/nanoid()/ulid(): client side */
	int			id;				/* position in the table */
} MsColumn;

typedef struct MsIndexColumn
{
	char	   *column;
	bool		desc;
	char	   *opclass;		/* rendered operator class, or NULL */
} MsIndexColumn;

typedef struct MsIndex
{
	char	   *name;
	bool		unique;
	char	   *algorithm;		/* "HASH", "GIN"...; NULL for BTree */
	PslVec		columns;		/* MsIndexColumn * */
	int			id;				/* global index id in the schema */
} MsIndex;

typedef struct MsForeignKey
{
	char	   *name;
	PslVec		columns;		/* char * */
	char	   *ref_schema;
	char	   *ref_table;
	PslVec		ref_columns;	/* char * */
	const char *on_delete;		/* "CASCADE", "RESTRICT", "NO ACTION"... */
	const char *on_update;
	bool		implicit;		/* of an implicit m-n join table */
	int			id;				/* global foreign key id */
} MsForeignKey;

typedef struct MsTable
{
	char	   *schema;			/* always set (default schema included) */
	char	   *name;
	PslVec		columns;		/* MsColumn * */
	char	   *pk_name;		/* NULL when there is no primary key */
	PslVec		pk_columns;		/* char * */
	PslVec		indexes;		/* MsIndex * (primary key excluded) */
	PslVec		fks;			/* MsForeignKey * */
	int			id;
} MsTable;

typedef struct MsEnum
{
	char	   *schema;
	char	   *name;
	PslVec		values;			/* char *: database values */
	int			id;
} MsEnum;

/*
 * How a script names objects.  Prisma's own scripts leave names in the
 * default schema unqualified; the statements prisma_ext runs itself name
 * every table, type, index and sequence with its schema and call
 * built-in functions as pg_catalog.f, so that the caller's search_path
 * cannot redirect them (see "Name resolution" in prisma_ext.h).
 */
typedef enum MsNaming
{
	MS_NAMES_PRISMA,			/* `prisma migrate diff --script`, byte for byte */
	MS_NAMES_QUALIFIED			/* every name with its schema: for execution */
} MsNaming;

typedef struct MsSchema
{
	const char *default_schema; /* "public" */
	MsNaming	naming;			/* PRISMA: names in default_schema unqualified */
	PslVec		namespaces;		/* char *: schemas = [...] of the datasource */
	PslVec		extensions;		/* PslExtension *: extensions = [...] of the datasource */
	PslVec		tables;			/* MsTable *, models then join tables */
	PslVec		enums;			/* MsEnum * */
	bool		live;			/* introspected from a database (prisma.db_pull) */
} MsSchema;

/* Compute the SQL schema of a validated PSL schema (NULL -> empty). */
extern MsSchema *migrate_sql_schema(PslArena *arena, PslSchema *schema, MsNaming naming);

/* Lookups by database name. */
extern MsTable *ms_find_table(MsSchema *s, const char *schema, const char *name);
extern MsColumn *ms_find_column(MsTable *t, const char *name);
extern MsEnum *ms_find_enum(MsSchema *s, const char *schema, const char *name);

/* ---------------------------------------------------------------------
 * Steps
 * --------------------------------------------------------------------- */

/* Prisma's step kinds, in execution order. */
typedef enum MigrateStepKind
{
	MIGRATE_CREATE_SCHEMA,
	MIGRATE_CREATE_EXTENSION,
	MIGRATE_CREATE_ENUM,
	MIGRATE_ALTER_ENUM,
	MIGRATE_DROP_FOREIGN_KEY,
	MIGRATE_DROP_INDEX,
	MIGRATE_ALTER_TABLE,
	MIGRATE_DROP_TABLE,
	MIGRATE_DROP_ENUM,
	MIGRATE_CREATE_TABLE,
	MIGRATE_CREATE_INDEX,
	MIGRATE_RENAME_FOREIGN_KEY,
	MIGRATE_ADD_FOREIGN_KEY,
	MIGRATE_RENAME_INDEX
} MigrateStepKind;

typedef struct MigrateStep
{
	MigrateStepKind kind;
	const char *header;			/* "CreateTable": printed as "-- CreateTable" */
	char	   *comment;		/* extra comment lines printed before the
								 * statements (AlterEnum), or NULL */
	PslVec		statements;		/* char *: SQL, without the trailing ';' */
	char	   *schema;			/* the object's schema (informational) */
	char	   *object;			/* table / enum / index name */
} MigrateStep;

/* ---------------------------------------------------------------------
 * Destructive-change checks and warnings
 * --------------------------------------------------------------------- */

typedef enum MigrateCheckKind
{
	/* warnings (data loss) */
	MIGRATE_CHECK_TABLE_DROP,
	MIGRATE_CHECK_COLUMN_DROP,
	MIGRATE_CHECK_RISKY_CAST,
	MIGRATE_CHECK_NOT_CASTABLE,
	MIGRATE_CHECK_DROP_RECREATE_COLUMN,
	MIGRATE_CHECK_PRIMARY_KEY_CHANGE,
	MIGRATE_CHECK_UNIQUE_ADDITION,
	MIGRATE_CHECK_ENUM_VALUE_REMOVAL,
	/* unexecutable steps */
	MIGRATE_CHECK_ADD_REQUIRED_COLUMN,
	MIGRATE_CHECK_ADD_REQUIRED_PRISMA_DEFAULT,
	MIGRATE_CHECK_DROP_RECREATE_REQUIRED,
	MIGRATE_CHECK_MADE_REQUIRED,
	MIGRATE_CHECK_SCALAR_TO_LIST
} MigrateCheckKind;

/* What the backend must count for a check. */
typedef enum MigrateCount
{
	MIGRATE_COUNT_NONE,			/* always reported, no query */
	MIGRATE_COUNT_ROWS,			/* SELECT COUNT(*) FROM t */
	MIGRATE_COUNT_NON_NULL,		/* SELECT COUNT(*) FROM t WHERE c IS NOT NULL */
	MIGRATE_COUNT_NULL			/* SELECT COUNT(*) FROM t WHERE c IS NULL */
} MigrateCount;

typedef struct MigrateCheck
{
	MigrateCheckKind kind;
	bool		unexecutable;
	MigrateCount count;
	char	   *schema;
	char	   *table;
	char	   *column;			/* or NULL */
	char	   *prev_type;		/* casts: "BigInt", "VarChar(50)" */
	char	   *next_type;
	char	   *detail;			/* enum: "MOD,X"; unique: "a,b"; enum name in column */
} MigrateCheck;

typedef struct MigrateWarnings
{
	PslVec		items;			/* char *: data-loss warnings */
	PslVec		unexecutable;	/* char * */
	PslVec		checks;			/* MigrateCheck *, in step order */
} MigrateWarnings;

/*
 * The backend's row counter: returns the count for a check, or -1 when it
 * is unknown (the texts then use Prisma's "no count" wording).
 */
typedef long long (*MigrateCountFn) (void *ctx, MigrateCount what,
									 const char *schema, const char *table,
									 const char *column);

/* ---------------------------------------------------------------------
 * Entry points
 * --------------------------------------------------------------------- */

/* Diff two SQL schema models into ordered steps; checks go to warnings. */
extern PslVec migrate_diff_models(PslArena *arena, MsSchema *from, MsSchema *to,
								  bool from_empty, MigrateWarnings *warnings);

/*
 * Diff two PSL schemas (from NULL = empty) into ordered MigrateStep *,
 * their statements named as naming says.
 */
extern PslVec migrate_diff_steps(PslArena *arena, PslSchema *from, PslSchema *to,
								 MsNaming naming, MigrateWarnings *warnings);
/* The same, from (when from_live) the schema db_pull read from a live database. */
extern PslVec migrate_diff_steps_live(PslArena *arena, PslSchema *from, bool from_live,
									  PslSchema *to, MsNaming naming, MigrateWarnings *warnings);

/* Render steps as `prisma migrate diff --script` prints them. */
extern char *migrate_render_script(PslArena *arena, PslVec *steps);

/*
 * The full script between two schemas.  warnings->checks receives the
 * destructive-change checks; items/unexecutable stay empty until
 * migrate_render_warnings is called with row counts.
 */
extern char *migrate_diff_sql(PslArena *arena, PslSchema *from, PslSchema *to,
							  MigrateWarnings *warnings);

/*
 * The text of one check given its count (-1 = unknown); NULL when the check
 * is silent for that count (e.g. dropping an empty table).
 */
extern char *migrate_check_message(PslArena *arena, MigrateCheck *check,
								   long long count);

/*
 * Fill warnings->items and warnings->unexecutable from warnings->checks,
 * asking count_fn (may be NULL: all counts unknown) for the numbers.
 */
extern void migrate_render_warnings(PslArena *arena, MigrateWarnings *warnings,
									MigrateCountFn count_fn, void *ctx);

/* SQL helpers shared by the renderer and the backend. */
extern char *ms_quote_ident(PslArena *arena, const char *name);
extern char *ms_quote_literal(PslArena *arena, const char *value);
/*
 * `"name"`, or `"schema"."name"` unless schema is unqualified_schema
 * (NULL: every name with a known schema is qualified).
 */
extern char *ms_qualified(PslArena *arena, const char *unqualified_schema,
						  const char *schema, const char *name);
/* An object's name as the statements of s spell it (s->naming). */
extern char *ms_name(PslArena *arena, MsSchema *s, const char *schema, const char *name);

#endif							/* MIGRATE_H */
