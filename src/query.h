/*
 * query.h
 *		The query engine's typed query tree (the IR) and the interfaces of
 *		its stages.
 *
 * The pipeline (SPEC §6):
 *   1. query_document.c parses the JSON document with jansson and, with
 *      query_select.c, query_where.c and query_order.c, validates it
 *      against the cached schema into a QDocument.  No SQL is built here;
 *      values are kept as QValue (text plus the field they are for).
 *   2. query_sql.c (with query_filter_sql.c and query_columns.c) compiles a
 *      QDocument into one SQL statement plus its parameter list.  No
 *      jansson value crosses into the compiler.
 *   3. query_exec.c prepares or reuses the plan (query_plan_cache.c) and
 *      runs it through SPI; the statement itself builds the JSON result.
 * Errors of every stage go through query_error.c.
 */
#ifndef QUERY_H
#define QUERY_H

#include "postgres.h"

#include "lib/stringinfo.h"

#include "psl_schema.h"

/*---- actions ----*/

typedef enum QAction
{
	Q_FIND_UNIQUE,
	Q_FIND_UNIQUE_OR_THROW,
	Q_FIND_FIRST,
	Q_FIND_FIRST_OR_THROW,
	Q_FIND_MANY
} QAction;

/*---- values ----*/

/*
 * A value from the document, already checked against its field's type and
 * turned into PostgreSQL input text.  The compiler binds it as a text
 * parameter and casts it (query_columns.c knows the cast per field).
 */
typedef struct QValue
{
	PslField   *field;			/* the field whose type the value has */
	bool		is_list;		/* an array literal for IN / list filters */
	bool		is_null;
	char	   *text;			/* PostgreSQL input text (array literal when is_list) */
	bool		as_json;		/* Json field: text is JSON, compared as jsonb */
} QValue;

/*---- filters ----*/

typedef enum QFilterKind
{
	QF_AND,
	QF_OR,
	QF_NOT,
	QF_SCALAR,					/* field op value */
	QF_RELATION,				/* some / every / none / is / isNot */
	QF_CONST					/* always true or always false */
} QFilterKind;

typedef enum QScalarOp
{
	QOP_EQ,
	QOP_NE,
	QOP_IN,
	QOP_NOT_IN,
	QOP_LT,
	QOP_LTE,
	QOP_GT,
	QOP_GTE,
	QOP_CONTAINS,
	QOP_STARTS_WITH,
	QOP_ENDS_WITH,
	QOP_IS_NULL,
	QOP_IS_NOT_NULL
} QScalarOp;

typedef enum QRelationOp
{
	QREL_SOME,
	QREL_EVERY,
	QREL_NONE,
	QREL_IS,					/* to-one: the related row matches (nested) */
	QREL_IS_NOT,				/* to-one: the related row does not match */
	QREL_IS_NULL,				/* to-one: there is no related row */
	QREL_IS_NOT_NULL			/* to-one: there is a related row */
} QRelationOp;

typedef struct QFilter QFilter;

struct QFilter
{
	QFilterKind kind;
	PslVec		children;		/* AND / OR / NOT: QFilter * */
	PslField   *field;			/* SCALAR / RELATION */
	QScalarOp	op;				/* SCALAR */
	QValue	   *value;			/* SCALAR (NULL for IS_NULL / IS_NOT_NULL) */
	bool		insensitive;	/* SCALAR: mode: "insensitive" */
	QRelationOp rel_op;			/* RELATION */
	QFilter    *nested;			/* RELATION: the related rows' filter, or NULL */
	bool		const_value;	/* CONST */
};

/*---- ordering ----*/

typedef enum QNulls
{
	QNULLS_DEFAULT,
	QNULLS_FIRST,
	QNULLS_LAST
} QNulls;

typedef struct QOrderBy
{
	PslVec		path;			/* PslField *: to-one relation fields to walk */
	PslField   *field;			/* the scalar to sort by, or the to-many relation */
	bool		count;			/* sort by the _count of the to-many relation */
	bool		desc;
	QNulls		nulls;
} QOrderBy;

/*---- selection ----*/

typedef struct QRead QRead;

typedef struct QSelectedField
{
	PslField   *field;			/* NULL: the _count object */
	QRead	   *relation;		/* a relation field: the nested read */
} QSelectedField;

typedef struct QCount
{
	PslField   *relation;		/* a to-many relation field */
	QFilter    *where;			/* _count: { select: { posts: { where } } } */
} QCount;

typedef enum QLockMode
{
	QLOCK_NONE,
	QLOCK_UPDATE,
	QLOCK_SHARE
} QLockMode;

/* A read of one model: the root of a query or a nested relation. */
struct QRead
{
	PslModel   *model;
	PslField   *via;			/* nested: the relation field of the parent */
	PslVec		fields;			/* QSelectedField *, in Prisma's key order */
	PslVec		counts;			/* QCount *, in the order written */
	bool		has_count;		/* _count selected */
	QFilter    *where;
	PslVec		order_by;		/* QOrderBy * */
	bool		has_take;
	int64		take;			/* negative: read backwards */
	int64		skip;
	QFilter    *cursor;			/* equality on a unique criterion, or NULL */
	PslVec		distinct;		/* PslField * */
	QLockMode	lock;
	bool		skip_locked;
	bool		no_wait;
};

typedef struct QDocument
{
	PslArena   *arena;			/* the arena the tree lives in */
	QAction		action;
	PslModel   *model;
	QRead	   *read;
} QDocument;

/*---- validation context ----*/

/*
 * Threaded through validation: the path to the argument being read (for
 * error messages) and the schema.
 */
typedef struct QContext
{
	PslSchema  *schema;
	PslArena   *arena;
	StringInfoData path;		/* e.g. findMany.where.author.is */
	int			depth;
} QContext;

/*---- query_document.c ----*/
struct json_t;
extern struct json_t *query_load_json(const char *text, int len);
extern QDocument *query_parse_document(QContext *cx, struct json_t *root);
extern int	query_batch_size(struct json_t *root);
extern struct json_t *query_batch_item(struct json_t *root, int i);

/*---- query_select.c ----*/
extern QRead *query_parse_read(QContext *cx, PslModel *model, PslField *via,
							   struct json_t *args, bool many, bool is_root);

/*---- query_where.c ----*/
extern QFilter *query_parse_where(QContext *cx, PslModel *model, struct json_t *where);
extern QFilter *query_parse_unique_where(QContext *cx, PslModel *model,
										 struct json_t *where);

/*---- query_order.c ----*/
extern void query_parse_order_by(QContext *cx, QRead *read, struct json_t *value);
extern void query_parse_distinct(QContext *cx, QRead *read, struct json_t *value);

/*---- query_values.c ----*/
extern QValue *query_value(QContext *cx, PslField *field, struct json_t *v, bool allow_null);
extern QValue *query_value_list(QContext *cx, PslField *field, struct json_t *v);
extern QValue *query_value_text(QContext *cx, PslField *field, const char *text);

/*---- query_sql.c ----*/

/* A compiled statement: SQL text and its text parameters ($1..$n). */
typedef struct QStatement
{
	PslArena   *arena;			/* for compile-time lists */
	StringInfoData sql;
	int			nparams;
	int			maxparams;
	char	  **params;			/* NULL entries are SQL NULL */
	bool		single;			/* findUnique/findFirst: one object or null */
} QStatement;

extern QStatement *query_compile(QDocument *doc);
extern int	query_add_param(QStatement *st, const char *text);

extern void query_relation_exists(QStatement *st, StringInfo out, PslField *f, const char *parent,
								  QFilter *nested, bool negate_nested, int *next_alias);

/*---- query_filter_sql.c ----*/
extern void query_filter_sql(QStatement *st, StringInfo out, QFilter *f,
							 const char *alias, int *next_alias);

/*---- query_columns.c ----*/
extern const char *query_table_sql(PslModel *model);
extern char *query_column_sql(const char *alias, PslField *field);
extern char *query_output_sql(const char *alias, PslField *field);
extern char *query_param_sql(QStatement *st, QValue *v, bool element);
extern const char *query_field_type_sql(PslField *field);
/* OPERATOR(schema.op) comparing values of the field's type (NULL: a built-in type) */
extern const char *query_operator_sql(PslField *field, const char *op);

/*---- query_error.c ----*/
extern void query_path_push(QContext *cx, const char *segment);
extern void query_path_pop(QContext *cx, int saved_len);
extern void query_validation_error(QContext *cx, const char *fmt,...)
			pg_attribute_printf(2, 3) pg_attribute_noreturn();
extern void query_unknown_argument(QContext *cx, const char *name,
								   const char *const *candidates, int ncandidates)
			pg_attribute_noreturn();
extern void query_missing_argument(QContext *cx, const char *name) pg_attribute_noreturn();
extern void query_input_error(const char *msg) pg_attribute_noreturn();
extern void query_unknown_name(QContext *cx, const char *what, const char *name,
							   const char *const *candidates, int ncandidates)
			pg_attribute_noreturn();
extern void query_raise_not_found(QDocument *doc) pg_attribute_noreturn();
extern void query_not_supported(QContext *cx, const char *subject) pg_attribute_noreturn();
extern bool query_translate_database_error(ErrorData *edata, const char *model_name);
extern const char *query_action_name(QAction action);

/*---- query_plan_cache.c ----*/
struct _SPI_plan;
extern struct _SPI_plan *query_plan_cache_lookup(const char *sql, int nparams);
extern void query_plan_cache_mark_stale(void);

/* GUCs */
extern int	prisma_max_depth;
extern int	prisma_max_document_bytes;
extern bool prisma_log_sql;
extern int	prisma_plan_cache_size;

#endif							/* QUERY_H */
