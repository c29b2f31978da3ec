/*
 * query.h
 *		The query engine's typed query tree (the IR) and the interfaces of
 *		its stages.
 *
 * The pipeline (SPEC §6):
 *   1. query_document.c parses the JSON document with jansson and looks its
 *      action up in the action table.  The action's parser validates the
 *      arguments against the cached schema into a QDocument: reads with
 *      query_select.c (selection and list arguments), query_where.c and
 *      query_order.c; writes with query_write.c (the write tree).  No SQL
 *      is built here; values are kept as QValue (text plus their field).
 *   2. The action's compiler turns the QDocument into a QProgram: ordered
 *      steps, each one SQL statement with its parameters.  A read is one
 *      step (query_sql.c, with query_filter_sql.c and query_columns.c); a
 *      write is several (query_create.c, query_update.c, query_delete.c on
 *      the primitives of query_write_sql.c), whose parameters may take
 *      values an earlier step returned.  No jansson value crosses into the
 *      compiler.
 *   3. query_exec.c runs the program: every step through SPI with a cached
 *      plan (query_plan_cache.c), in order, checking row counts, and
 *      returns the JSON the result step built.
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
	Q_FIND_MANY,
	Q_CREATE,
	Q_CREATE_MANY,
	Q_CREATE_MANY_AND_RETURN,
	Q_UPDATE,
	Q_UPDATE_MANY,
	Q_UPDATE_MANY_AND_RETURN,
	Q_UPSERT,
	Q_DELETE,
	Q_DELETE_MANY,
	Q_COUNT,
	Q_AGGREGATE,
	Q_GROUP_BY
} QAction;

/* What a document's result is when its result step returns no row. */
typedef enum QResultKind
{
	QRESULT_OBJECT_OR_NULL,		/* findUnique, findFirst: null */
	QRESULT_OBJECT,				/* the OrThrow reads (P2025) and the writes */
	QRESULT_LIST,				/* findMany, ...AndReturn: [] */
	QRESULT_COUNT				/* createMany, updateMany, deleteMany: {"count": n} */
} QResultKind;

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
	PslField   *ref;			/* a field reference: this field's column of the
								 * same row, instead of text */
	int			source;			/* 1 + the index of the document leaf whose plain
								 * text (query_leaf_text) this is; 0: none */
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
	QOP_IS_NOT_NULL,
	QOP_HAS,					/* scalar lists: the list has the element */
	QOP_HAS_EVERY,
	QOP_HAS_SOME,
	QOP_IS_EMPTY,
	QOP_IS_NOT_EMPTY,
	QOP_JSON_STRING_CONTAINS,	/* Json: the value (at the path) is a string ... */
	QOP_JSON_STRING_STARTS_WITH,
	QOP_JSON_STRING_ENDS_WITH,
	QOP_JSON_ARRAY_CONTAINS,	/* ... an array that ... */
	QOP_JSON_ARRAY_STARTS_WITH,
	QOP_JSON_ARRAY_ENDS_WITH,
	QOP_SEARCH,					/* full-text: to_tsvector(col) @@ to_tsquery(value) */
	QOP_JSON_IS_DB_NULL,		/* SQL NULL (or no value at the path) */
	QOP_JSON_IS_ANY_NULL		/* SQL NULL or JSON null */
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
	char	   *json_path;		/* SCALAR on Json: a text[] literal of the path
								 * into the value (NULL: the whole value) */
	int			aggregate;		/* SCALAR in a groupBy having: 1 + the QAggOp
								 * applied to the column; 0: the column */
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
	PslVec		relevance;		/* _relevance: the String fields searched (field
								 * is the first); empty: not a relevance */
	QValue	   *search;			/* _relevance: the search query */
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

/* What a record's JSON holds: select / include / omit / _count. */
typedef struct QSelection
{
	PslVec		fields;			/* QSelectedField *, in Prisma's key order */
	PslVec		counts;			/* QCount *, in the order written */
	bool		has_count;		/* _count selected */
} QSelection;

/*
 * A read of one model: the root of a query, a nested relation, or the
 * record a write returns (selection only).  The selection says what each
 * row's JSON holds, the list arguments which rows there are.
 */
struct QRead
{
	PslModel   *model;
	PslField   *via;			/* nested: the relation field of the parent */
	QSelection	sel;
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

/*---- writes ----*/

/* How a data field is written: `field: v`, or {set | increment | ... : v}. */
typedef enum QAssignOp
{
	QA_SET,
	QA_INCREMENT,
	QA_DECREMENT,
	QA_MULTIPLY,
	QA_DIVIDE,
	QA_PUSH						/* scalar lists: append */
} QAssignOp;

typedef struct QAssign
{
	PslField   *field;
	QAssignOp	op;
	QValue	   *value;
} QAssign;

/* A nested write on a relation field of a data object. */
typedef enum QNestedOp
{
	QN_CREATE,
	QN_CREATE_MANY,
	QN_CONNECT,
	QN_CONNECT_OR_CREATE,
	QN_DISCONNECT,
	QN_SET,
	QN_UPDATE,
	QN_UPDATE_MANY,
	QN_UPSERT,
	QN_DELETE,
	QN_DELETE_MANY
} QNestedOp;

typedef struct QData QData;

typedef struct QNested
{
	PslField   *relation;		/* the relation field of the parent's model */
	QNestedOp	op;
	QData	   *data;			/* create / update / upsert's update */
	QData	   *create;			/* connectOrCreate / upsert: the record to create */
	QFilter    *where;			/* unique where, or the filter of *Many and to-one ops */
	PslVec		rows;			/* createMany: QData *; set: QFilter * (unique wheres) */
	bool		skip_duplicates;	/* createMany */
} QNested;

/* A data object: the fields to write and the nested writes, in order. */
struct QData
{
	PslModel   *model;
	PslVec		assigns;		/* QAssign * */
	PslVec		nested;			/* QNested * */
};

/* The write of a write document (its returned record is QDocument.read). */
typedef struct QWrite
{
	QData	   *data;			/* create, update*, upsert's update */
	QData	   *create;			/* upsert */
	PslVec		rows;			/* createMany*: QData * */
	bool		skip_duplicates;
	QFilter    *where;			/* update, upsert, delete: unique; *Many: filter */
	bool		has_limit;
	int64		limit;			/* updateMany / deleteMany */
	bool		native_upsert;	/* upsert as INSERT ... ON CONFLICT ... DO UPDATE */
	PslField   *conflict_field; /* native upsert: the unique field of where */
} QWrite;

/*---- aggregations ----*/

typedef enum QAggOp
{
	QAGG_COUNT,
	QAGG_AVG,
	QAGG_SUM,
	QAGG_MIN,
	QAGG_MAX
} QAggOp;

/* One of _count / _avg / _sum / _min / _max: its fields, in the order written. */
typedef struct QAggSelect
{
	QAggOp		op;
	PslVec		fields;			/* PslField *; NULL: _all */
	bool		bare;			/* _count: true -> a number, not an object */
} QAggSelect;

/* A groupBy orderBy item: a by field, or an aggregate of a field. */
typedef struct QGroupOrder
{
	PslField   *field;
	bool		has_aggregate;
	QAggOp		aggregate;
	bool		desc;
	QNulls		nulls;
} QGroupOrder;

/*
 * count / aggregate / groupBy: what is computed over the rows doc->read
 * finds (for groupBy, per group of equal `by` fields).
 */
typedef struct QAggregation
{
	PslVec		selects;		/* QAggSelect *, in the order written */
	bool		count_number;	/* count without select: the result is a number */
	PslVec		by;				/* groupBy: PslField *, in the order written */
	QFilter    *having;			/* groupBy: on by fields and aggregates */
	PslVec		order;			/* groupBy: QGroupOrder * */
	bool		has_take;		/* groupBy: take / skip count groups */
	int64		take;
	int64		skip;
} QAggregation;

typedef struct QActionDef QActionDef;

typedef struct QDocument
{
	PslArena   *arena;			/* the arena the tree lives in */
	const QActionDef *action;
	PslModel   *model;
	QRead	   *read;			/* reads: the read; writes: the returned record */
	QWrite	   *write;			/* writes only */
	QAggregation *aggregation;	/* count, aggregate */
	bool		emulate_relations;	/* relationMode = "prisma": no foreign keys */
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
	char	   *now;			/* @updatedAt's value for this document (ISO text) */
	struct json_t **leaves;		/* the document's value leaves, when its shape
								 * may be cached (query_shape_cache.c) */
	int			nleaves;
} QContext;

/*---- compiled programs ----*/

/*
 * A parameter taken from a value an earlier step returned: column `column`
 * of the first row of the first of `steps` that returned rows, or, with
 * `array`, of every row of all of them, as an array literal.
 */
typedef struct QParamRef
{
	int			nsteps;
	int		   *steps;
	int			column;
	bool		array;
} QParamRef;

/* A compiled statement: SQL text and its text parameters ($1..$n). */
typedef struct QStatement
{
	PslArena   *arena;			/* for compile-time lists */
	StringInfoData sql;
	int			nparams;
	int			maxparams;
	char	  **params;			/* NULL entries are SQL NULL */
	QParamRef **refs;			/* non-NULL: the parameter comes from a step */
	int		   *sources;		/* QValue.source of each parameter (0: none) */
} QStatement;

/*
 * When a step runs: when one of `some` returned rows (or `some` is empty)
 * and none of `none` did.  A step that did not run returned no rows.
 */
#define QCOND_MAX 16			/* a race-free connectOrCreate adds three */
typedef struct QCondition
{
	int			nsome;
	int			some[QCOND_MAX];
	int			nnone;
	int			none[QCOND_MAX];
} QCondition;

/* The row count a step must have, and the error when it has not. */
typedef enum QCheck
{
	QCHECK_NONE,
	QCHECK_FOUND,				/* at least one row, else P2025 */
	QCHECK_CONNECTED,			/* at least one row, else P2017 */
	QCHECK_CONNECTED_AFTER,		/* at least one row, else P2018 */
	QCHECK_EMPTY				/* no row, else P2014 */
} QCheck;

typedef struct QStep
{
	QStatement *st;
	PslModel   *model;			/* database errors of the step name this model */
	QCondition	cond;
	QCheck		check;
	const char *check_message;	/* the error's text */
	bool		counts;			/* its row count adds to {"count": n} */
	bool		rows_are_elements;	/* the result: a JSON array of its rows' column 1 */

	/*
	 * Steps this one through undo_last run in a subtransaction that is
	 * rolled back, as if they had not run, unless step undo_keep_if returned
	 * rows (undo_last > 0: it is set)
	 */
	int			undo_last;
	int			undo_keep_if;
} QStep;

/* A compiled document: steps run in order; one of them builds the result. */
typedef struct QProgram
{
	PslVec		steps;			/* QStep * */
	int			result_step;	/* its column 1 is the JSON result; -1: a count */
	bool		read_only;
} QProgram;

/*---- the action table (query_document.c) ----*/
struct json_t;

typedef void (*QParseFn) (QContext *cx, QDocument *doc, struct json_t *args);
typedef QProgram *(*QCompileFn) (QDocument *doc);

struct QActionDef
{
	const char *name;
	QAction		action;
	QParseFn	parse;
	QCompileFn	compile;
	QResultKind result;
	bool		writes;
};

/*---- query_document.c ----*/
extern struct json_t *query_load_json(const char *text, int len);
extern QDocument *query_parse_document(QContext *cx, struct json_t *root);
extern int	query_batch_size(struct json_t *root);
extern struct json_t *query_batch_item(struct json_t *root, int i);
extern struct json_t *query_empty_object(void);

/*---- query_select.c ----*/
extern QRead *query_parse_read(QContext *cx, PslModel *model, PslField *via,
							   struct json_t *args, bool many, bool is_root);
extern void query_parse_selection(QContext *cx, QRead *read, struct json_t *args);
extern void query_check_arguments(QContext *cx, struct json_t *args,
								  const char *const *allowed, int nallowed);
extern void query_parse_find_unique(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_find_many(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_list_arguments(QContext *cx, QRead *read, struct json_t *args);

/*---- query_aggregate.c: count / aggregate arguments ----*/
extern void query_parse_count(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_aggregate(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_group_by(QContext *cx, QDocument *doc, struct json_t *args);
extern const char *query_aggregate_key(QAggOp op);
extern int	query_aggregate_op(const char *key);
extern QFilter *query_parse_having(QContext *cx, PslModel *model, PslVec *by, struct json_t *having);
extern bool query_aggregate_takes(QAggOp op, PslField *f);

/*---- query_aggregate_sql.c ----*/
extern QProgram *query_compile_aggregate(QDocument *doc);
extern QProgram *query_compile_group_by(QDocument *doc);
extern char *query_aggregate_value_sql(QAggOp op, PslField *f, const char *alias);

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
extern void query_append_array_element(StringInfo buf, const char *text);
extern char *query_leaf_text(struct json_t *leaf);
extern const char *query_json_null_sentinel(struct json_t *v);

/*---- query_write.c: write documents -> write tree ----*/
extern void query_parse_create(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_create_many(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_update(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_update_many(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_upsert(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_delete(QContext *cx, QDocument *doc, struct json_t *args);
extern void query_parse_delete_many(QContext *cx, QDocument *doc, struct json_t *args);
extern PslField *query_opposite_field(PslField *f);
extern bool query_relation_optional(PslField *f);

/*---- query_defaults.c: values Prisma generates ----*/
extern char *query_generate_default(PslDefault *def);
extern char *query_now_text(void);

/*---- query_sql.c: reads ----*/
extern int	query_add_param(QStatement *st, const char *text);
extern int	query_add_value_param(QStatement *st, QValue *v);
extern int	query_add_param_ref(QStatement *st, QParamRef *ref);
extern QStatement *query_new_statement(PslArena *arena);
extern QProgram *query_compile_read(QDocument *doc);
extern QProgram *query_single_step_program(QStatement *st, PslModel *model, bool read_only);
extern PslVec *query_identity_fields(PslArena *arena, PslModel *m);
extern int	query_field_index(PslVec *fields, PslField *f);
extern void query_add_field_once(PslArena *arena, PslVec *fields, PslField *f);
extern PslVec *query_selection_columns(PslArena *arena, QRead *read);
extern char *query_group_key_sql(const char *alias, PslField *f);
extern const char *query_order_suffix(bool desc, QNulls nulls, bool reverse);
extern void query_rows_sql(QStatement *st, StringInfo out, QRead *read, const char *alias,
						   int *next_alias);
extern void query_selection_json(QStatement *st, StringInfo out, QRead *read,
								 const char *alias, const char *rows_sql,
								 const char *extra_columns, int *next_alias);

extern void query_relation_exists(QStatement *st, StringInfo out, PslField *f, const char *parent,
								  QFilter *nested, bool negate_nested, int *next_alias);

/*---- query_create.c, query_update.c, query_delete.c: writes ----*/
extern QProgram *query_compile_create(QDocument *doc);
extern QProgram *query_compile_create_many(QDocument *doc);
extern QProgram *query_compile_update(QDocument *doc);
extern QProgram *query_compile_update_many(QDocument *doc);
extern QProgram *query_compile_upsert(QDocument *doc);
extern QProgram *query_compile_delete(QDocument *doc);
extern QProgram *query_compile_delete_many(QDocument *doc);

/*---- query_filter_sql.c ----*/
extern void query_filter_sql(QStatement *st, StringInfo out, QFilter *f,
							 const char *alias, int *next_alias);

/*---- query_columns.c ----*/
extern int	query_catalog_lookups;
extern const char *query_table_sql(PslModel *model);
extern char *query_column_sql(const char *alias, PslField *field);
extern char *query_output_sql(const char *alias, PslField *field);
extern char *query_encode_sql(PslField *field, const char *expr);
extern char *query_param_sql(QStatement *st, QValue *v, bool element);
extern const char *query_field_type_sql(PslField *field);
extern char *query_text_search_config_sql(void);
/* OPERATOR(schema.op) comparing values of the field's type (NULL: a built-in type) */
extern const char *query_operator_sql(PslField *field, const char *op);
extern bool query_field_is_text(PslField *f);

/*---- query_error.c ----*/
extern void query_path_push(QContext *cx, const char *segment);
extern void query_path_pop(QContext *cx, int saved_len);
extern void query_validation_error(QContext *cx, const char *fmt,...)
			pg_attribute_printf(2, 3) pg_attribute_noreturn();
extern void query_unknown_argument(QContext *cx, const char *name,
								   const char *const *candidates, int ncandidates)
			pg_attribute_noreturn();
extern void query_missing_argument(QContext *cx, const char *name) pg_attribute_noreturn();
extern void query_missing_value(QContext *cx, const char *name) pg_attribute_noreturn();
extern void query_input_error(const char *msg) pg_attribute_noreturn();
extern void query_unknown_name(QContext *cx, const char *what, const char *name,
							   const char *const *candidates, int ncandidates)
			pg_attribute_noreturn();
extern void query_raise_not_found(QDocument *doc) pg_attribute_noreturn();
extern void query_raise_check(QStep *step) pg_attribute_noreturn();
extern void query_not_supported(QContext *cx, const char *subject) pg_attribute_noreturn();
extern bool query_translate_database_error(ErrorData *edata, PslModel *model, PslSchema *schema);

/*---- query_json.c ----*/
extern void query_append_interruptible(StringInfo buf, const char *data, Size len);
extern void query_append_json(StringInfo buf, Datum value, bool isnull);
extern void query_init_text_buffer(StringInfo buf);
extern text *query_text_buffer_result(StringInfo buf);

/*---- query_plan_cache.c ----*/
struct _SPI_plan;
extern struct _SPI_plan *query_plan_cache_lookup(const char *sql, int nparams);
extern void query_plan_cache_mark_stale(void);

/*---- query_shape.c ----*/
#define QSHAPE_MAX_LEAVES 64
typedef struct QShape
{
	StringInfoData key;			/* the document's structure, values masked */
	uint64		hash;
	struct json_t *leaves[QSHAPE_MAX_LEAVES];	/* its string and number values */
	int			nleaves;
	bool		cacheable;		/* few enough leaves */
} QShape;
/* The shape of a plain document, scanned from its text. */
typedef struct QTextShape
{
	StringInfoData key;			/* as QShape's */
	uint64		hash;
	const char *leaf[QSHAPE_MAX_LEAVES];	/* where each leaf's text starts */
	int			leaf_len[QSHAPE_MAX_LEAVES];
	char		leaf_type[QSHAPE_MAX_LEAVES];	/* 's' or 'i', as in the key */
	int			nleaves;
} QTextShape;
extern void query_shape_of_tree(QShape *shape, struct json_t *doc);
extern bool query_shape_of_text(QTextShape *ts, const char *text, int len);
extern char *query_text_shape_leaf(const QTextShape *ts, int i);
extern bool query_text_shape_leaf_equals(const QTextShape *ts, int i, struct json_t *kept);

/*---- query_shape_cache.c ----*/
extern QProgram *query_shape_lookup(struct json_t *doc_json, QShape *shape, QDocument **doc_out);
extern QProgram *query_shape_lookup_text(const char *text, int len, QDocument **doc_out);
extern void query_shape_store(QShape *shape, QDocument *doc, QProgram *program);
extern void query_shape_cache_reset(void);

/* GUCs */
extern int	prisma_max_depth;
extern int	prisma_max_document_bytes;
extern bool prisma_log_sql;
extern int	prisma_plan_cache_size;

#endif							/* QUERY_H */
