/*
 * psl_schema.h
 *		The validated, resolved Prisma schema.
 *
 * psl_validate() turns a PslAst into a PslSchema: every type is resolved,
 * relations are paired and classified, defaults and native types are
 * decoded, and every database name (tables, columns, constraints,
 * indexes, implicit many-to-many tables) is computed the way Prisma does.
 * It is the single input of the catalog writer, the DDL calculator and,
 * through the schema cache, the query engine.  Like the AST it lives in
 * one PslArena and has no PostgreSQL dependency.
 */
#ifndef PSL_SCHEMA_H
#define PSL_SCHEMA_H

#include "psl_ast.h"

typedef enum PslScalarType
{
	PSL_TYPE_NONE = 0,
	PSL_TYPE_STRING,
	PSL_TYPE_BOOLEAN,
	PSL_TYPE_INT,
	PSL_TYPE_BIGINT,
	PSL_TYPE_FLOAT,
	PSL_TYPE_DECIMAL,
	PSL_TYPE_DATETIME,
	PSL_TYPE_JSON,
	PSL_TYPE_BYTES
} PslScalarType;

typedef enum PslFieldKind
{
	PSL_FIELD_SCALAR,
	PSL_FIELD_ENUM,
	PSL_FIELD_RELATION,
	PSL_FIELD_UNSUPPORTED
} PslFieldKind;

typedef enum PslDefaultKind
{
	PSL_DEFAULT_NONE = 0,
	PSL_DEFAULT_VALUE,			/* a literal: string, number, boolean, enum, list */
	PSL_DEFAULT_AUTOINCREMENT,
	PSL_DEFAULT_NOW,
	PSL_DEFAULT_UUID,			/* version 4 or 7 */
	PSL_DEFAULT_CUID,			/* version 1 or 2 */
	PSL_DEFAULT_NANOID,			/* optional length */
	PSL_DEFAULT_ULID,
	PSL_DEFAULT_DBGENERATED		/* optional SQL expression */
} PslDefaultKind;

typedef struct PslDefault
{
	PslDefaultKind kind;
	int			version;		/* uuid(4|7), cuid(1|2) */
	int			length;			/* nanoid(n); 0 = default 21 */
	char	   *sql;			/* dbgenerated("...") text; NULL if none */
	PslExpr    *value;			/* VALUE: the literal as written */
	PslSpan		span;
} PslDefault;

typedef enum PslRefAction
{
	PSL_ACTION_NONE = 0,		/* not written */
	PSL_ACTION_CASCADE,
	PSL_ACTION_RESTRICT,
	PSL_ACTION_NO_ACTION,
	PSL_ACTION_SET_NULL,
	PSL_ACTION_SET_DEFAULT
} PslRefAction;

typedef struct PslNativeType
{
	char	   *name;			/* "VarChar", "Timestamptz" */
	int			nargs;
	int			args[2];
} PslNativeType;

typedef struct PslModel PslModel;
typedef struct PslEnum PslEnum;
typedef struct PslRelation PslRelation;

typedef struct PslField
{
	char	   *name;
	char	   *db_name;		/* column name (@map or name) */
	int			position;		/* index in model->fields */
	PslFieldKind kind;
	PslScalarType scalar;		/* SCALAR only */
	PslArity	arity;
	char	   *type_name;		/* as written: "Int", "Role", "User" */
	char	   *unsupported;	/* UNSUPPORTED: the type text */
	PslEnum    *enum_type;		/* ENUM only */
	PslModel   *model;			/* the model this field belongs to */
	PslModel   *related_model;	/* RELATION only */
	PslRelation *relation;		/* RELATION only */
	PslNativeType *native_type; /* @db.X, or NULL */
	PslDefault	default_value;
	bool		is_id;			/* field-level @id */
	bool		is_unique;		/* field-level @unique */
	bool		updated_at;
	bool		ignored;
	char	   *doc;
	PslFieldAst *ast;

	/* RELATION fields: what @relation says (NULL/empty when not written) */
	char	   *relation_name;
	PslVec		rel_fields;		/* PslField *: scalar FK fields on this model */
	PslVec		rel_references; /* PslField *: referenced fields on the other */
	PslRefAction on_delete;
	PslRefAction on_update;
	char	   *fk_map;			/* @relation(map:) */
} PslField;

typedef enum PslIndexKind
{
	PSL_INDEX_PRIMARY,
	PSL_INDEX_UNIQUE,
	PSL_INDEX_NORMAL,
	PSL_INDEX_FULLTEXT
} PslIndexKind;

typedef enum PslSortOrder
{
	PSL_SORT_NONE = 0,
	PSL_SORT_ASC,
	PSL_SORT_DESC
} PslSortOrder;

typedef struct PslIndexField
{
	PslField   *field;
	PslSortOrder sort;
	char	   *ops;			/* operator class, e.g. "JsonbPathOps", or raw */
	bool		ops_raw;		/* ops: raw("...") */
} PslIndexField;

typedef struct PslIndex
{
	PslIndexKind kind;
	char	   *client_name;	/* name: (for @@id/@@unique), or NULL */
	char	   *db_name;		/* constraint/index name: map: or Prisma's default */
	bool		field_level;	/* written as @id / @unique on a field */
	PslVec		fields;			/* PslIndexField * */
	char	   *algorithm;		/* type: BTree, Hash, Gist, Gin, SpGist, Brin */
	PslAttribute *ast;
} PslIndex;

struct PslModel
{
	char	   *name;
	char	   *db_name;		/* table name (@@map or name) */
	char	   *db_schema;		/* @@schema, or NULL for the default */
	bool		is_view;
	bool		ignored;
	char	   *doc;
	PslVec		fields;			/* PslField * in declaration order */
	PslIndex   *primary_key;	/* @id or @@id, NULL if the model has none */
	PslVec		indexes;		/* PslIndex *: uniques, indexes, fulltext */
	PslTop	   *ast;
};

typedef struct PslEnumValue
{
	char	   *name;
	char	   *db_name;		/* @map or name */
	char	   *doc;
} PslEnumValue;

struct PslEnum
{
	char	   *name;
	char	   *db_name;		/* @@map or name */
	char	   *db_schema;
	char	   *doc;
	PslVec		values;			/* PslEnumValue * */
	PslTop	   *ast;
};

typedef enum PslRelationKind
{
	PSL_REL_ONE_TO_ONE,
	PSL_REL_ONE_TO_MANY,
	PSL_REL_MANY_TO_MANY
} PslRelationKind;

/*
 * A relation between two models.  For 1-1 and 1-n, fk_field is the
 * relation field carrying @relation(fields, references) and back_field the
 * other side (NULL only for an ignored model).  For implicit m-n, field_a
 * and field_b follow Prisma's ordering (model names sorted), and join_table
 * is `_<name>` with columns "A" and "B".
 */
struct PslRelation
{
	char	   *name;			/* explicit name, or Prisma's generated one */
	bool		explicit_name;
	PslRelationKind kind;
	PslField   *fk_field;		/* 1-1 / 1-n: the side with fields: */
	PslField   *back_field;		/* 1-1 / 1-n: the other side */
	PslField   *field_a;		/* m-n: side of model A */
	PslField   *field_b;		/* m-n: side of model B */
	PslRefAction on_delete;		/* effective action (default applied) */
	PslRefAction on_update;
	char	   *fk_name;		/* 1-1 / 1-n FK constraint name */
	char	   *join_table;		/* m-n only */
	char	   *join_schema;	/* m-n only: schema of model A */
};

typedef struct PslGenerator
{
	char	   *name;
	char	   *provider;
} PslGenerator;

/* An entry of the datasource's `extensions` list: pg_trgm(schema: "ext", version: "1.6", map: "x"). */
typedef struct PslExtension
{
	char	   *name;			/* the database name: map, else the name written */
	char	   *schema;			/* NULL: the default */
	char	   *version;		/* NULL: the default */
} PslExtension;

typedef struct PslDatasource
{
	char	   *name;
	char	   *provider;
	bool		relation_mode_prisma;	/* relationMode = "prisma" */
	PslVec		schemas;		/* char *: schemas = [...] */
	PslVec		extensions;		/* PslExtension *: extensions = [...] */
	PslSpan		span;
} PslDatasource;

typedef struct PslSchema
{
	PslArena   *arena;
	PslAst	   *ast;
	PslDatasource *datasource;
	PslVec		generators;		/* PslGenerator * */
	PslVec		models;			/* PslModel *, views included, in source order */
	PslVec		enums;			/* PslEnum * */
	PslVec		relations;		/* PslRelation * */
	const char *default_schema; /* "public" */
} PslSchema;

/* Does the schema name its PostgreSQL schemas (datasource schemas = [...])? */
static inline bool
psl_schema_is_multi(const PslSchema *schema)
{
	return schema && schema->datasource && schema->datasource->schemas.len > 0;
}

/* The longest PostgreSQL identifier, in bytes (NAMEDATALEN - 1). */
#define PSL_IDENTIFIER_MAX 63

/*
 * Validate a parsed schema.  Returns the resolved schema; errors and
 * warnings go to diags (the schema is only usable when diags->nerrors is
 * zero).
 */
extern PslSchema *psl_validate(PslArena *arena, PslAst *ast, PslDiagnostics *diags);

/* Parse and validate in one call. */
extern PslSchema *psl_load(PslArena *arena, const char *source, int len,
						   PslDiagnostics *diags);

/* Lookups by Prisma name; NULL when absent. */
extern PslModel *psl_find_model(PslSchema *schema, const char *name);
extern PslEnum *psl_find_enum(PslSchema *schema, const char *name);
extern PslField *psl_find_field(PslModel *model, const char *name);

/* Decimal (or, with integer_only, integer) literal text? */
extern bool psl_is_decimal_text(const char *s, bool integer_only);

/* Standard, padded base64 text? */
extern bool psl_is_base64(const char *s);

/* The same literal in plain notation, its exponent expanded. */
extern char *psl_decimal_plain(PslArena *arena, const char *s);

/* An RFC 3339 date-time read as Prisma (chrono) reads it: psl_datetime.c */
typedef enum PslDateTimeError
{
	PSL_DT_OK,
	PSL_DT_TOO_SHORT,			/* "premature end of input" */
	PSL_DT_INVALID,				/* "input contains invalid characters" */
	PSL_DT_OUT_OF_RANGE,		/* "input is out of range" */
	PSL_DT_TOO_LONG				/* "trailing input" */
} PslDateTimeError;

typedef struct PslDateTime
{
	int			year,
				month,
				day,
				hour,
				minute,
				second;			/* 60 for a leap second */
	int			nanosecond;
	int			offset_seconds; /* east of UTC */
} PslDateTime;

extern PslDateTimeError psl_parse_datetime(const char *s, PslDateTime *out);
extern const char *psl_datetime_error_text(PslDateTimeError e);

/* "String", "Int", ... for a scalar type. */
extern const char *psl_scalar_type_name(PslScalarType t);

/* A name cut to PostgreSQL's 63 bytes on a UTF-8 character boundary. */
extern char *psl_identifier(PslArena *arena, const char *name);

/*
 * Prisma's constraint-name rules: "{table}_{col}_..._{suffix}", the part
 * before "_suffix" cut so the whole fits in 63 bytes.
 */
extern char *psl_constraint_name(PslArena *arena, const char *table,
								 PslVec *columns, const char *suffix);

#endif							/* PSL_SCHEMA_H */
