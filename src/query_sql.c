/*
 * query_sql.c
 *		The compiler: a QDocument -> one SQL statement that returns the
 *		result as JSON text (findMany: its elements, one per row), plus its
 *		parameters.
 *
 * A findMany compiles to
 *     SELECT <row json> AS v
 *     FROM (SELECT <columns> FROM <table> t1
 *           WHERE ... ORDER BY ... LIMIT ... OFFSET ...) t1
 *     LEFT JOIN LATERAL (<relation>) j1 ON true ...
 * whose rows query_exec.c puts into the result array as they come, and
 * every selected relation is such a subquery again, aggregated with
 * prisma._json_agg, joined LATERAL and correlated with its parent row, so
 * a nested read is one statement.
 * The aggregate reads the rows in the row source's order, as Prisma's own
 * relation joins do: the row source keeps its ORDER BY (a subquery with
 * ORDER BY is never flattened), and everything joined to it is a LATERAL
 * subquery that refers to it (an aggregate or a LIMIT keeps it from being
 * flattened too), so it can only be the inner side of a nested loop, which
 * keeps the outer order.  Sorting again in the aggregate (json_agg(v ORDER
 * BY ...)) would sort every row's JSON a second time.  A negative take and
 * a locked read sort their rows again inside the row source
 * (row_source_sql).  Rows are JSON objects built by json_build_object in
 * the model's field order, or by prisma._json_object when they hold
 * relations (query_json.c: it puts a relation's JSON in without copying it
 * three times), or by to_json of a row when there are more than 50 keys
 * (json_build_object's argument limit).  Every value is a parameter
 * (OFFSET too, so that every page of a paginated read shares one plan;
 * LIMIT stays a literal, for the planner's estimates); identifiers come
 * from the validated schema only, quoted; functions and operators are
 * named with their schema ("Name resolution" in prisma_ext.h).
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "miscadmin.h"

#include "query.h"

typedef struct Compiler
{
	QStatement *st;
	PslArena   *arena;
	int			next_alias;
} Compiler;

/* How many rows a row source keeps. */
typedef enum RowLimit
{
	ROWS_TAKE,					/* the read's own take (none: every row) */
	ROWS_ONE,					/* a to-one relation: LIMIT 1 */
	ROWS_UNIQUE,				/* findUnique: a unique criterion finds at most one row */
	ROWS_FIRST					/* findFirst: the first of the (maybe backwards) ordering */
} RowLimit;

static void read_rows_sql(Compiler *c, StringInfo out, QRead *read, const char *alias,
						  const char *parent_alias, RowLimit limit);

/* An empty statement. */
QStatement *
query_new_statement(PslArena *arena)
{
	QStatement *st = palloc0(sizeof(QStatement));

	st->arena = arena;
	initStringInfo(&st->sql);
	return st;
}

/* Room for one more parameter; its number. */
static int
next_param(QStatement *st)
{
	if (st->nparams == st->maxparams)
	{
		st->maxparams = st->maxparams ? st->maxparams * 2 : 16;
		st->params = st->params ? repalloc(st->params, sizeof(char *) * st->maxparams) :
			palloc(sizeof(char *) * st->maxparams);
		st->refs = st->refs ? repalloc(st->refs, sizeof(QParamRef *) * st->maxparams) :
			palloc(sizeof(QParamRef *) * st->maxparams);
		st->sources = st->sources ? repalloc(st->sources, sizeof(int) * st->maxparams) :
			palloc(sizeof(int) * st->maxparams);
	}
	st->params[st->nparams] = NULL;
	st->refs[st->nparams] = NULL;
	st->sources[st->nparams] = 0;
	return st->nparams++;
}

/* A constant text parameter (NULL: SQL NULL); its number $n. */
int
query_add_param(QStatement *st, const char *text)
{
	int			i = next_param(st);

	st->params[i] = text ? pstrdup(text) : NULL;
	return i + 1;
}

/* A document value as a parameter, remembering the leaf it came from; its number $n. */
int
query_add_value_param(QStatement *st, QValue *v)
{
	int			n = query_add_param(st, v->text);

	st->sources[n - 1] = v->source;
	return n;
}

/* A parameter an earlier step's result fills in; its number $n. */
int
query_add_param_ref(QStatement *st, QParamRef *ref)
{
	int			i = next_param(st);

	st->refs[i] = ref;
	return i + 1;
}

static char *
new_alias(Compiler *c, const char *prefix)
{
	return psprintf("%s%d", prefix, ++c->next_alias);
}

/* "a"."x" = "b"."y" AND ... for the two column lists. */
static void
columns_equal(StringInfo out, const char *a, PslVec *af, const char *b, PslVec *bf)
{
	int			i;

	for (i = 0; i < af->len; i++)
		appendStringInfo(out, "%s%s %s %s", i ? " AND " : "",
						 query_column_sql(a, af->items[i]), query_operator_sql(af->items[i], "="),
						 query_column_sql(b, bf->items[i]));
}

/* Are all fields of an index required (so that they identify a row)? */
static bool
index_fields_required(PslIndex *idx)
{
	int			i;

	for (i = 0; i < idx->fields.len; i++)
		if (((PslIndexField *) idx->fields.items[i])->field->arity != PSL_REQUIRED)
			return false;
	return true;
}

/*
 * The fields that identify a row of a model, as Prisma's primary
 * identifier: the primary key, else the first unique criterion whose
 * fields are all required, else the first unique one.
 */
PslVec *
query_identity_fields(PslArena *arena, PslModel *m)
{
	PslVec	   *out = psl_alloc(arena, sizeof(PslVec));
	PslIndex   *idx = m->primary_key;
	int			i;

	for (i = 0; idx == NULL && i < m->indexes.len; i++)
		if (((PslIndex *) m->indexes.items[i])->kind == PSL_INDEX_UNIQUE &&
			index_fields_required(m->indexes.items[i]))
			idx = m->indexes.items[i];
	for (i = 0; idx == NULL && i < m->indexes.len; i++)
		if (((PslIndex *) m->indexes.items[i])->kind == PSL_INDEX_UNIQUE)
			idx = m->indexes.items[i];
	if (idx)
		for (i = 0; i < idx->fields.len; i++)
			psl_vec_push(arena, out, ((PslIndexField *) idx->fields.items[i])->field);
	return out;
}

static PslVec *
identity_fields(Compiler *c, PslModel *m)
{
	return query_identity_fields(c->arena, m);
}

/*
 * The parent's fields that relation `f` (a field of the parent) is
 * correlated on: its foreign key, the fields the child's foreign key
 * references, or for m-n its id.  relation_link uses exactly these, and
 * the row source of the parent projects them (read_rows_sql).
 */
static PslVec *
relation_parent_fields(Compiler *c, PslField *f)
{
	PslRelation *r = f->relation;

	if (r->kind == PSL_REL_MANY_TO_MANY)
	{
		PslVec	   *out = psl_alloc(c->arena, sizeof(PslVec));

		psl_vec_push(c->arena, out, identity_fields(c, f->model)->items[0]);
		return out;
	}
	return f == r->fk_field ? &r->fk_field->rel_fields : &r->fk_field->rel_references;
}

/*
 * How to reach the rows of relation `f` (a field of the parent) from the
 * parent row `parent`: the FROM items after the related table (a join
 * table for m-n) and the correlation condition.  `child` is the alias of
 * the related table.
 */
static void
relation_link(Compiler *c, PslField *f, const char *parent, const char *child,
			  StringInfo from_extra, StringInfo cond)
{
	PslRelation *r = f->relation;
	PslVec	   *parent_fields = relation_parent_fields(c, f);

	if (r->kind == PSL_REL_MANY_TO_MANY)
	{
		char	   *m = new_alias(c, "m");
		bool		parent_is_a = f == r->field_a;
		PslVec	   *parent_id = parent_fields;
		PslVec	   *child_id = identity_fields(c, f->related_model);

		appendStringInfo(from_extra, " JOIN %s.%s %s ON %s.%s %s %s",
						 quote_identifier(r->join_schema ? r->join_schema : "public"),
						 quote_identifier(r->join_table), m,
						 m, parent_is_a ? "\"B\"" : "\"A\"",
						 query_operator_sql(child_id->items[0], "="),
						 query_column_sql(child, child_id->items[0]));
		appendStringInfo(cond, "%s.%s %s %s", m, parent_is_a ? "\"A\"" : "\"B\"",
						 query_operator_sql(parent_id->items[0], "="),
						 query_column_sql(parent, parent_id->items[0]));
		return;
	}
	if (f == r->fk_field)
		/* the parent holds the foreign key */
		columns_equal(cond, child, &r->fk_field->rel_references, parent, parent_fields);
	else
		/* the child holds it */
		columns_equal(cond, child, &r->fk_field->rel_fields, parent, parent_fields);
}

/* EXISTS-style subquery over the rows of relation f, with an extra filter. */
void
query_relation_exists(QStatement *st, StringInfo out, PslField *f, const char *parent,
					  QFilter *nested, bool negate_nested, int *next_alias)
{
	Compiler	c = {st, st->arena, *next_alias};
	char	   *child = new_alias(&c, "t");
	StringInfoData from_extra,
				cond;

	initStringInfo(&from_extra);
	initStringInfo(&cond);
	relation_link(&c, f, parent, child, &from_extra, &cond);
	*next_alias = c.next_alias;
	appendStringInfo(out, "EXISTS (SELECT 1 FROM %s %s%s WHERE %s",
					 query_table_sql(f->related_model), child, from_extra.data, cond.data);
	if (nested)
	{
		appendStringInfoString(out, negate_nested ? " AND NOT COALESCE((" : " AND (");
		query_filter_sql(st, out, nested, child, next_alias);
		appendStringInfoString(out, negate_nested ? "), false)" : ")");
	}
	appendStringInfoChar(out, ')');
}

/* COUNT(*) of the rows of to-many relation f of the parent row. */
static void
relation_count_sql(Compiler *c, StringInfo out, PslField *f, const char *parent, QFilter *where)
{
	char	   *child = new_alias(c, "t");
	StringInfoData from_extra,
				cond;

	initStringInfo(&from_extra);
	initStringInfo(&cond);
	relation_link(c, f, parent, child, &from_extra, &cond);
	appendStringInfo(out, "(SELECT pg_catalog.count(*) FROM %s %s%s WHERE %s",
					 query_table_sql(f->related_model), child, from_extra.data, cond.data);
	if (where)
	{
		appendStringInfoString(out, " AND (");
		query_filter_sql(c->st, out, where, child, &c->next_alias);
		appendStringInfoChar(out, ')');
	}
	appendStringInfoChar(out, ')');
}

/*
 * The SQL expression an orderBy entry sorts on: the column, a _count, or
 * for fields of to-one relations a scalar subquery per relation step.
 */
/* ts_rank(to_tsvector(config, concat_ws(' ', fields)), to_tsquery(config, search)) of a _relevance. */
static void
relevance_sql(Compiler *c, StringInfo out, QOrderBy *ob, const char *alias)
{
	char	   *cfg = query_text_search_config_sql();
	int			i;

	appendStringInfo(out, "pg_catalog.ts_rank(pg_catalog.to_tsvector(%s, pg_catalog.concat_ws(' '", cfg);
	for (i = 0; i < ob->relevance.len; i++)
		appendStringInfo(out, ", %s", query_column_sql(alias, ob->relevance.items[i]));
	appendStringInfo(out, ")), pg_catalog.to_tsquery(%s, %s))", cfg, query_param_sql(c->st, ob->search, false));
}

static char *
order_expression(Compiler *c, QOrderBy *ob, const char *alias)
{
	char	  **aliases = palloc(sizeof(char *) * (ob->path.len + 1));
	StringInfoData last;
	char	   *inner;
	int			i;

	aliases[0] = (char *) alias;
	for (i = 0; i < ob->path.len; i++)
		aliases[i + 1] = new_alias(c, "t");
	initStringInfo(&last);
	if (ob->relevance.len > 0)
		relevance_sql(c, &last, ob, aliases[ob->path.len]);
	else if (ob->count)
		relation_count_sql(c, &last, ob->field, aliases[ob->path.len], NULL);
	else
		appendStringInfoString(&last, query_column_sql(aliases[ob->path.len], ob->field));
	inner = last.data;
	/* wrap from the innermost relation step outwards */
	for (i = ob->path.len - 1; i >= 0; i--)
	{
		PslField   *rel = ob->path.items[i];
		StringInfoData from_extra,
					cond,
					step;

		initStringInfo(&from_extra);
		initStringInfo(&cond);
		initStringInfo(&step);
		relation_link(c, rel, aliases[i], aliases[i + 1], &from_extra, &cond);
		appendStringInfo(&step, "(SELECT %s FROM %s %s%s WHERE %s LIMIT 1)", inner,
						 query_table_sql(rel->related_model), aliases[i + 1],
						 from_extra.data, cond.data);
		inner = step.data;
	}
	return inner;
}

/* The comparison operator for an orderBy entry's values (a _count is a bigint, a _relevance a real). */
static const char *
order_operator_sql(QOrderBy *ob, const char *op)
{
	return query_operator_sql(ob->count || ob->relevance.len > 0 ? NULL : ob->field, op);
}

/* " ASC NULLS FIRST" and the like, optionally reversed (negative take); reads and groupBy. */
const char *
query_order_suffix(bool desc_order, QNulls nulls, bool reverse)
{
	bool		desc = desc_order != reverse;

	if (reverse && nulls != QNULLS_DEFAULT)
		nulls = nulls == QNULLS_FIRST ? QNULLS_LAST : QNULLS_FIRST;
	if (nulls == QNULLS_FIRST)
		return desc ? " DESC NULLS FIRST" : " ASC NULLS FIRST";
	if (nulls == QNULLS_LAST)
		return desc ? " DESC NULLS LAST" : " ASC NULLS LAST";
	if (reverse)
		return desc ? " DESC NULLS FIRST" : " ASC NULLS LAST";
	return desc ? " DESC" : " ASC";
}

/* The suffix of a read's orderBy entry. */
static const char *
order_suffix(QOrderBy *ob, bool reverse)
{
	return query_order_suffix(ob->desc, ob->nulls, reverse);
}

/* The effective ordering: orderBy, or the primary key when paginating. */
static PslVec
effective_order(Compiler *c, QRead *read)
{
	PslVec		out = read->order_by;

	if (out.len == 0 && (read->has_take || read->skip > 0 || read->cursor))
	{
		PslVec	   *id = identity_fields(c, read->model);
		int			i;

		memset(&out, 0, sizeof(out));
		for (i = 0; i < id->len; i++)
		{
			QOrderBy   *ob = psl_alloc(c->arena, sizeof(QOrderBy));

			ob->field = id->items[i];
			psl_vec_push(c->arena, &out, ob);
		}
	}
	return out;
}

/* Can an orderBy expression be NULL (an optional field, or one across a to-one relation)? */
static bool
order_nullable(QOrderBy *ob)
{
	if (ob->count || ob->relevance.len > 0)
		return false;
	return ob->path.len > 0 || ob->field->arity == PSL_OPTIONAL;
}

/*
 * The cursor condition: the row is at or after the cursor row in the
 * ordering (at or before it when take is negative).  When the cursor row
 * does not exist nothing matches, as in Prisma.  Each orderBy key is tied
 * (equal, or both NULL) or strictly after: greater (or less), or NULL
 * where the ordering puts NULLs after the cursor's value, or not NULL
 * where it puts them before a NULL cursor value.
 */
static void
cursor_condition(Compiler *c, StringInfo out, QRead *read, PslVec *order, const char *alias,
				 bool backwards)
{
	char	   *cur = new_alias(c, "c");
	int			i,
				j;

	appendStringInfo(out, "EXISTS (SELECT 1 FROM %s %s WHERE ", query_table_sql(read->model), cur);
	query_filter_sql(c->st, out, read->cursor, cur, &c->next_alias);
	appendStringInfoString(out, " AND (");
	for (i = 0; i <= order->len; i++)
	{
		if (i > 0)
			appendStringInfoString(out, " OR ");
		appendStringInfoChar(out, '(');
		for (j = 0; j < i && j < order->len; j++)
		{
			QOrderBy   *ob = order->items[j];
			char	   *a = order_expression(c, ob, alias);
			char	   *b = order_expression(c, ob, cur);

			if (order_nullable(ob))
				appendStringInfo(out, "%s(%s %s %s OR (%s IS NULL AND %s IS NULL))", j ? " AND " : "",
								 a, order_operator_sql(ob, "="), b, a, b);
			else
				appendStringInfo(out, "%s%s %s %s", j ? " AND " : "", a, order_operator_sql(ob, "="), b);
		}
		if (i < order->len)
		{
			QOrderBy   *ob = order->items[i];
			bool		greater = ob->desc == backwards;
			char	   *a = order_expression(c, ob, alias);
			char	   *b = order_expression(c, ob, cur);

			if (order_nullable(ob))
			{
				/* PostgreSQL's default: NULLs last ascending, first descending */
				bool		nulls_last = ob->nulls == QNULLS_LAST ||
					(ob->nulls == QNULLS_DEFAULT && !ob->desc);
				bool		nulls_after = nulls_last != backwards;

				appendStringInfo(out, "%s(%s %s %s OR (%s IS %sNULL AND %s IS %sNULL))", j ? " AND " : "",
								 a, order_operator_sql(ob, greater ? ">" : "<"), b,
								 a, nulls_after ? "" : "NOT ", b, nulls_after ? "NOT " : "");
			}
			else
				appendStringInfo(out, "%s%s %s %s", j ? " AND " : "",
								 a, order_operator_sql(ob, greater ? ">" : "<"), b);
		}
		else if (i == 0)
			appendStringInfoString(out, "true");
		appendStringInfoChar(out, ')');
	}
	appendStringInfoString(out, "))");
}

/*
 * The correlated subquery joined for a selected relation: one JSON value,
 * an array for to-many relations and an object (or NULL) for to-one.
 */
static void
relation_subquery(Compiler *c, StringInfo out, QSelectedField *sf, const char *parent)
{
	QRead	   *read = sf->relation;
	char	   *alias = new_alias(c, "t");
	bool		many = sf->field->arity == PSL_LIST;
	StringInfoData rows;

	initStringInfo(&rows);
	read_rows_sql(c, &rows, read, alias, parent, many ? ROWS_TAKE : ROWS_ONE);
	if (many)
		appendStringInfo(out, "SELECT COALESCE(prisma._json_agg(r.v), '[]'::pg_catalog.json) AS v FROM (%s) r",
						 rows.data);
	else
		appendStringInfoString(out, rows.data);
}

/* The position of field f in a field list, or -1. */
int
query_field_index(PslVec *fields, PslField *f)
{
	int			i;

	for (i = 0; i < fields->len; i++)
		if (fields->items[i] == f)
			return i;
	return -1;
}

/* Add field f to a field list, once. */
void
query_add_field_once(PslArena *arena, PslVec *fields, PslField *f)
{
	if (query_field_index(fields, f) < 0)
		psl_vec_push(arena, fields, f);
}

/*
 * The columns of read's model that the JSON of its rows needs: the
 * selected scalars and the fields its relations and _counts correlate on.
 * The row source reads only these, never t.*, so a role with SELECT on
 * just those columns can run the query (column privileges), and less is
 * carried through sorting and pagination.
 */
PslVec *
query_selection_columns(PslArena *arena, QRead *read)
{
	Compiler	cc = {NULL, arena, 0};
	Compiler   *c = &cc;
	PslVec	   *columns = psl_alloc(arena, sizeof(PslVec));
	int			i,
				k;

	for (i = 0; i < read->sel.fields.len; i++)
	{
		QSelectedField *sf = read->sel.fields.items[i];

		if (sf->field == NULL)
			continue;
		if (sf->relation == NULL)
			query_add_field_once(c->arena, columns, sf->field);
		else
		{
			PslVec	   *link = relation_parent_fields(c, sf->field);

			for (k = 0; k < link->len; k++)
				query_add_field_once(c->arena, columns, link->items[k]);
		}
	}
	for (i = 0; i < read->sel.counts.len; i++)
	{
		PslVec	   *link = relation_parent_fields(c, ((QCount *) read->sel.counts.items[i])->relation);

		for (k = 0; k < link->len; k++)
			query_add_field_once(c->arena, columns, link->items[k]);
	}
	return columns;
}

/* The |take| rows a read keeps (|INT64_MIN| saturates: every row). */
static int64
take_count(QRead *read)
{
	if (read->take >= 0)
		return read->take;
	return read->take == PG_INT64_MIN ? PG_INT64_MAX : -read->take;
}

/* Close a run of scalar members: one json_build_object, spliced by prisma._json_object. */
static void
flush_scalar_run(StringInfo parts, StringInfo run)
{
	if (run->len == 0)
		return;
	appendStringInfo(parts, "%sNULL::pg_catalog.text, pg_catalog.json_build_object(%s)",
					 parts->len ? ", " : "", run->data);
	resetStringInfo(run);
}

/*
 * The JSON object of a row of `alias` that the read's selection asks for,
 * into `value`; the LATERAL joins of its relations into `joins`.  Without
 * relations it is json_build_object's; with them, prisma._json_object puts
 * each relation's JSON in as it stands, between runs of scalar members.
 */
static void
selection_sql(Compiler *c, QRead *read, const char *alias, StringInfo value, StringInfo joins)
{
	StringInfoData obj;
	StringInfoData parts;
	bool		use_row = read->sel.fields.len > 50;
	int			i;

	initStringInfo(&obj);
	initStringInfo(&parts);
	for (i = 0; i < read->sel.fields.len; i++)
	{
		QSelectedField *sf = read->sel.fields.items[i];
		const char *key = sf->field ? sf->field->name : "_count";
		char	   *v;

		CHECK_FOR_INTERRUPTS();
		if (sf->field == NULL)
		{
			StringInfoData counts;
			int			k;

			initStringInfo(&counts);
			appendStringInfoString(&counts, "pg_catalog.json_build_object(");
			for (k = 0; k < read->sel.counts.len; k++)
			{
				QCount	   *qc = read->sel.counts.items[k];

				appendStringInfo(&counts, "%s%s, ", k ? ", " : "", quote_literal_cstr(qc->relation->name));
				relation_count_sql(c, &counts, qc->relation, alias, qc->where);
			}
			appendStringInfoChar(&counts, ')');
			v = counts.data;
		}
		else if (sf->relation)
		{
			char	   *j = new_alias(c, "j");
			StringInfoData sub;

			initStringInfo(&sub);
			relation_subquery(c, &sub, sf, alias);
			appendStringInfo(joins, " LEFT JOIN LATERAL (%s) %s ON true", sub.data, j);
			v = psprintf("%s.v", j);
			if (!use_row)
			{
				flush_scalar_run(&parts, &obj);
				appendStringInfo(&parts, "%s%s::pg_catalog.text, %s", parts.len ? ", " : "",
								 quote_literal_cstr(key), v);
				continue;
			}
		}
		else
			v = query_output_sql(alias, sf->field);
		if (use_row)
			appendStringInfo(&obj, "%s%s AS %s", obj.len ? ", " : "", v, quote_identifier(key));
		else
			appendStringInfo(&obj, "%s%s, %s", obj.len ? ", " : "", quote_literal_cstr(key), v);
	}
	if (use_row)
		appendStringInfo(value, "(SELECT pg_catalog.to_json(x) FROM (SELECT %s) x)", obj.data);
	else if (parts.len == 0)
		appendStringInfo(value, "pg_catalog.json_build_object(%s)", obj.data);
	else
	{
		flush_scalar_run(&parts, &obj);
		appendStringInfo(value, "prisma._json_object(%s)", parts.data);
	}
}


/*
 * A field's value as a grouping key (distinct, groupBy): json and xml have
 * no equality, so Json is compared as jsonb (as Prisma compares the
 * values) and Xml as text.
 */
char *
query_group_key_sql(const char *alias, PslField *f)
{
	char	   *col = query_column_sql(alias, f);
	const char *nt = f->native_type ? f->native_type->name : NULL;

	if (f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_JSON)
		return psprintf("%s::pg_catalog.jsonb%s", col, f->arity == PSL_LIST ? "[]" : "");
	if (nt && strcmp(nt, "Xml") == 0)
		return psprintf("%s::pg_catalog.text%s", col, f->arity == PSL_LIST ? "[]" : "");
	return col;
}

/*
 * The row source of a read: its rows filtered, ordered, paginated and
 * locked, with only the columns the JSON needs and the sort keys
 * "__o1".."__on", so that no row is turned into JSON (or joined to its
 * relations) before LIMIT has dropped it.
 */
static void
row_source_sql(Compiler *c, StringInfo rows, QRead *read, PslVec *order, const char *alias,
			   const char *parent_alias, RowLimit limit)
{
	StringInfoData from,
				where;
	bool		has_take = limit == ROWS_FIRST || read->has_take;
	bool		backwards = has_take && read->take < 0;
	bool		distinct = read->distinct.len > 0;
	bool		locked = read->lock != QLOCK_NONE && parent_alias == NULL && !distinct;
	PslVec	   *columns = query_selection_columns(c->arena, read);
	int			i;

	initStringInfo(&from);
	initStringInfo(&where);
	appendStringInfo(&from, "%s %s", query_table_sql(read->model), alias);
	if (parent_alias)
		relation_link(c, read->via, parent_alias, alias, &from, &where);
	if (read->where)
	{
		if (where.len)
			appendStringInfoString(&where, " AND ");
		appendStringInfoChar(&where, '(');
		query_filter_sql(c->st, &where, read->where, alias, &c->next_alias);
		appendStringInfoChar(&where, ')');
	}
	if (read->cursor)
	{
		if (where.len)
			appendStringInfoString(&where, " AND ");
		cursor_condition(c, &where, read, order, alias, backwards);
	}

	appendStringInfoString(rows, "SELECT ");
	for (i = 0; i < columns->len; i++)
		appendStringInfo(rows, "%s%s", i ? ", " : "", query_column_sql(alias, columns->items[i]));
	for (i = 0; i < order->len; i++)
		appendStringInfo(rows, "%s%s AS \"__o%d\"", columns->len + i ? ", " : "",
						 order_expression(c, order->items[i], alias), i + 1);
	if (columns->len + order->len == 0)
		appendStringInfoString(rows, "NULL AS \"__row\"");
	if (distinct)
	{
		/*
		 * distinct keeps the first row of each group in the ordering, before
		 * pagination: number the rows per group and keep number 1.
		 */
		appendStringInfoString(rows, ", pg_catalog.row_number() OVER (PARTITION BY ");
		for (i = 0; i < read->distinct.len; i++)
			appendStringInfo(rows, "%s%s", i ? ", " : "", query_group_key_sql(alias, read->distinct.items[i]));
		for (i = 0; i < order->len; i++)
			appendStringInfo(rows, "%s%s%s", i ? ", " : " ORDER BY ",
							 order_expression(c, order->items[i], alias), order_suffix(order->items[i], false));
		appendStringInfoString(rows, ") AS \"__rn\"");
	}
	appendStringInfo(rows, " FROM %s", from.data);
	if (where.len)
		appendStringInfo(rows, " WHERE %s", where.data);
	if (distinct)
	{
		char	   *inner = pstrdup(rows->data);

		resetStringInfo(rows);
		appendStringInfo(rows, "SELECT * FROM (%s) %s WHERE %s.\"__rn\" OPERATOR(pg_catalog.=) 1",
						 inner, alias, alias);
	}
	for (i = 0; i < order->len; i++)
		appendStringInfo(rows, "%s\"__o%d\"%s", i ? ", " : " ORDER BY ", i + 1,
						 order_suffix(order->items[i], backwards));
	/*
	 * findUnique needs no LIMIT: its unique criterion finds at most one row,
	 * and without the LIMIT the planner flattens the subqueries into one
	 * scan, as for a hand-written statement.  A to-one relation keeps its
	 * LIMIT 1, which also keeps the parent rows in their scan order.
	 */
	if (limit == ROWS_ONE)
		appendStringInfoString(rows, " LIMIT 1");
	else if (limit != ROWS_UNIQUE && has_take)
		/*
		 * take stays a literal: the planner needs the row count to choose a
		 * good plan (a generic plan with a LIMIT parameter assumes 10% of the
		 * rows), and a paginated read keeps its page size; skip, which
		 * changes from page to page, is a parameter.
		 */
		appendStringInfo(rows, " LIMIT " INT64_FORMAT, limit == ROWS_FIRST ? 1 : take_count(read));
	if (read->skip > 0)
		appendStringInfo(rows, " OFFSET $%d::pg_catalog.int8",
						 query_add_param(c->st, psprintf(INT64_FORMAT, read->skip)));
	if (locked)
		appendStringInfo(rows, " FOR %s OF %s%s", read->lock == QLOCK_UPDATE ? "UPDATE" : "SHARE", alias,
						 read->skip_locked ? " SKIP LOCKED" : read->no_wait ? " NOWAIT" : "");
	if (limit == ROWS_TAKE && (backwards || locked))
	{
		/*
		 * A negative take read the last rows backwards: put them in order
		 * again.  Locked rows are sorted before they are locked, and a row
		 * that changed while the lock waited keeps its place with its new
		 * sort key: sort them again too.
		 */
		char	   *last_rows = pstrdup(rows->data);

		resetStringInfo(rows);
		appendStringInfo(rows, "SELECT * FROM (%s) %s", last_rows, alias);
		for (i = 0; i < order->len; i++)
			appendStringInfo(rows, "%s\"__o%d\"%s", i ? ", " : " ORDER BY ", i + 1,
							 order_suffix(order->items[i], false));
	}
}

/*
 * SELECT <row json> AS v FROM <row source> for one read, in the row
 * source's order.  parent_alias is the parent row for nested reads (NULL at
 * the root).
 */
static void
read_rows_sql(Compiler *c, StringInfo out, QRead *read, const char *alias,
			  const char *parent_alias, RowLimit limit)
{
	StringInfoData rows,
				value,
				joins;
	PslVec		order = effective_order(c, read);

	initStringInfo(&rows);
	initStringInfo(&value);
	initStringInfo(&joins);
	selection_sql(c, read, alias, &value, &joins);
	row_source_sql(c, &rows, read, &order, alias, parent_alias, limit);
	appendStringInfo(out, "SELECT %s AS v FROM (%s) %s%s", value.data, rows.data, alias, joins.data);
}

/*
 * The rows of a root read with the columns its selection names, filtered,
 * ordered and paginated (no JSON): what an aggregation computes over.
 */
void
query_rows_sql(QStatement *st, StringInfo out, QRead *read, const char *alias, int *next_alias)
{
	Compiler	c = {st, st->arena, *next_alias};
	PslVec		order = effective_order(&c, read);

	row_source_sql(&c, out, read, &order, alias, NULL, ROWS_TAKE);
	*next_alias = c.next_alias;
}

/*
 * SELECT <row json> AS v<extra_columns> FROM (<rows_sql>) alias <joins>:
 * the JSON of the rows a write returns.  rows_sql must project the columns
 * query_selection_columns names, under `alias`.
 */
void
query_selection_json(QStatement *st, StringInfo out, QRead *read, const char *alias,
					 const char *rows_sql, const char *extra_columns, int *next_alias)
{
	Compiler	c = {st, st->arena, *next_alias};
	StringInfoData value,
				joins;

	initStringInfo(&value);
	initStringInfo(&joins);
	selection_sql(&c, read, alias, &value, &joins);
	*next_alias = c.next_alias;
	appendStringInfo(out, "SELECT %s AS v%s FROM (%s) %s%s", value.data,
					 extra_columns ? extra_columns : "", rows_sql, alias, joins.data);
}

/* A one-step program. */
QProgram *
query_single_step_program(QStatement *st, PslModel *model, bool read_only)
{
	QProgram   *p = palloc0(sizeof(QProgram));
	QStep	   *step = palloc0(sizeof(QStep));

	step->st = st;
	step->model = model;
	psl_vec_push(st->arena, &p->steps, step);
	p->result_step = 0;
	p->read_only = read_only;
	return p;
}

/* findMany / findFirst / findUnique (and OrThrow): one statement. */
QProgram *
query_compile_read(QDocument *doc)
{
	QStatement *st = query_new_statement(doc->arena);
	Compiler	c = {st, doc->arena, 0};
	char	   *alias = new_alias(&c, "t");
	QAction		action = doc->action->action;
	QProgram   *program;

	/* the statement's first column is a row's JSON */
	if (action == Q_FIND_MANY)
		read_rows_sql(&c, &st->sql, doc->read, alias, NULL, ROWS_TAKE);
	else
	{
		/* findFirst takes the first row of the (possibly backwards) ordering */
		bool		first = action == Q_FIND_FIRST || action == Q_FIND_FIRST_OR_THROW;

		read_rows_sql(&c, &st->sql, doc->read, alias, NULL, first ? ROWS_FIRST : ROWS_UNIQUE);
	}
	program = query_single_step_program(st, doc->model, doc->read->lock == QLOCK_NONE);
	/* findMany's rows are put into the array as they come (query_exec.c) */
	((QStep *) program->steps.items[0])->rows_are_elements = action == Q_FIND_MANY;
	return program;
}
