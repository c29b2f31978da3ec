/*
 * query_aggregate.c
 *		count and aggregate documents -> the rows they compute over (a
 *		QRead with list arguments only) and what they compute (a
 *		QAggregation of _count / _avg / _sum / _min / _max selections).
 *
 * As in Prisma Client: count takes where / orderBy / cursor / take / skip
 * and a `select` of `_all` and fields (without it the result is a number); aggregate takes where / orderBy / cursor / take / skip and the
 * five aggregate selections, each an object of fields (`_count` also
 * `true`).  _avg and _sum take number fields, _min and _max every
 * non-list scalar but Json, _count every scalar.
 */
#include "postgres.h"

#include <jansson.h>

#include "query.h"

/* The aggregates' argument and result keys, by QAggOp. */
static const char *const aggregate_names[] = {"_count", "_avg", "_sum", "_min", "_max"};

/* The key of aggregate op: "_count", "_avg", ... */
const char *
query_aggregate_key(QAggOp op)
{
	return aggregate_names[op];
}

/* The aggregate a key names ("_sum" -> QAGG_SUM), or -1. */
int
query_aggregate_op(const char *key)
{
	int			i;

	for (i = 0; i < (int) lengthof(aggregate_names); i++)
		if (strcmp(key, aggregate_names[i]) == 0)
			return i;
	return -1;
}

/* Can op be computed over field f, as Prisma's aggregate input types allow? */
bool
query_aggregate_takes(QAggOp op, PslField *f)
{
	if (f->ignored || (f->kind != PSL_FIELD_SCALAR && f->kind != PSL_FIELD_ENUM))
		return false;
	if (op == QAGG_COUNT)
		return true;
	if (f->arity == PSL_LIST)
		return false;
	if (op == QAGG_AVG || op == QAGG_SUM)
		return f->kind == PSL_FIELD_SCALAR &&
			(f->scalar == PSL_TYPE_INT || f->scalar == PSL_TYPE_BIGINT ||
			 f->scalar == PSL_TYPE_FLOAT || f->scalar == PSL_TYPE_DECIMAL);
	return f->kind == PSL_FIELD_ENUM || f->scalar != PSL_TYPE_JSON;
}

/* The names an aggregate selection takes, for "Unknown argument" suggestions. */
static const char **
aggregate_candidates(PslModel *m, QAggOp op, int *n)
{
	const char **names = palloc(sizeof(char *) * (m->fields.len + 2));
	int			i,
				k = 0;

	if (op == QAGG_COUNT)
		names[k++] = "_all";
	for (i = 0; i < m->fields.len; i++)
		if (query_aggregate_takes(op, m->fields.items[i]))
			names[k++] = ((PslField *) m->fields.items[i])->name;
	*n = k;
	return names;
}

/* The read projects field f (once), for the aggregates over it. */
static void
project_field(QRead *read, PslArena *arena, PslField *f)
{
	QSelectedField *sf;
	int			i;

	/* by column: a having filter's field may be a copy (aggregate_value_field) */
	for (i = 0; i < read->sel.fields.len; i++)
		if (strcmp(((QSelectedField *) read->sel.fields.items[i])->field->db_name, f->db_name) == 0)
			return;
	sf = palloc0(sizeof(QSelectedField));
	sf->field = f;
	psl_vec_push(arena, &read->sel.fields, sf);
}

/* Prisma's name of an aggregate's input and output types: Count, Avg, ... */
static const char *
aggregate_type_name(QAggOp op)
{
	static const char *const names[] = {"Count", "Avg", "Sum", "Min", "Max"};

	return names[op];
}

/* A selection that selects nothing: Prisma rejects it. */
static void
empty_selection(QContext *cx, PslModel *m, QAggOp op)
{
	query_validation_error(cx, "The `select` statement for type %s%sAggregateOutputType must not be empty.",
						   m->name, aggregate_type_name(op));
}

/*
 * One aggregate selection ({"_all": true, "email": true}, or `true` for a
 * bare _count) of the document at path `name`.
 */
static QAggSelect *
parse_aggregate_select(QContext *cx, QRead *read, QAggOp op, const char *name, json_t *v,
					   bool allow_bare)
{
	QAggSelect *sel = palloc0(sizeof(QAggSelect));
	const char *key;
	json_t	   *flag;
	int			saved = cx->path.len;

	sel->op = op;
	query_path_push(cx, name);
	if (allow_bare && json_is_boolean(v))
	{
		if (json_is_false(v))
			empty_selection(cx, read->model, op);
		sel->bare = true;
		query_path_pop(cx, saved);
		return sel;
	}
	if (!json_is_object(v))
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %s%sAggregateInputType%s, provided %s.",
							   name, read->model->name, aggregate_type_name(op),
							   allow_bare ? " or Boolean" : "", json_is_null(v) ? "Null" : "another type");
	json_object_foreach(v, key, flag)
	{
		PslField   *f = op == QAGG_COUNT && strcmp(key, "_all") == 0 ? NULL : psl_find_field(read->model, key);
		int			saved2 = cx->path.len;

		if (strcmp(key, "_all") != 0 || op != QAGG_COUNT)
			if (f == NULL || !query_aggregate_takes(op, f))
			{
				int			n;
				const char **names = aggregate_candidates(read->model, op, &n);

				query_unknown_argument(cx, key, names, n);
			}
		query_path_push(cx, key);
		if (!json_is_boolean(flag))
			query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected Boolean, provided %s.",
								   key, json_is_null(flag) ? "Null" : "another type");
		query_path_pop(cx, saved2);
		if (!json_is_true(flag))
			continue;
		psl_vec_push(cx->arena, &sel->fields, f);
		if (f != NULL)
			project_field(read, cx->arena, f);
	}
	if (sel->fields.len == 0)
		empty_selection(cx, read->model, op);
	query_path_pop(cx, saved);
	return sel;
}

/* A read of the document's model with the list arguments of args and no selection. */
static QRead *
aggregate_read(QContext *cx, QDocument *doc, json_t *args)
{
	QRead	   *read = palloc0(sizeof(QRead));

	read->model = doc->model;
	query_parse_list_arguments(cx, read, args);
	return read;
}

/* Does the orderBy sort by every field of the unique index idx? */
static bool
orders_by_index(QRead *read, PslIndex *idx)
{
	int			i,
				k;

	for (i = 0; i < idx->fields.len; i++)
	{
		PslField   *f = ((PslIndexField *) idx->fields.items[i])->field;
		bool		found = false;

		for (k = 0; k < read->order_by.len && !found; k++)
		{
			QOrderBy   *ob = read->order_by.items[k];

			found = ob->path.len == 0 && !ob->count && ob->field == f;
		}
		if (!found)
			return false;
	}
	return true;
}

/*
 * A cursor with an orderBy that is not unique: Prisma's engine cannot
 * paginate an aggregation that way and answers P2019.
 */
static void
check_stable_cursor(QRead *read)
{
	PslModel   *m = read->model;
	int			i;

	if (read->cursor == NULL || read->order_by.len == 0)
		return;
	if (m->primary_key && orders_by_index(read, m->primary_key))
		return;
	for (i = 0; i < m->indexes.len; i++)
	{
		PslIndex   *idx = m->indexes.items[i];

		if (idx->kind == PSL_INDEX_UNIQUE && orders_by_index(read, idx))
			return;
	}
	query_input_error("Unable to process combination of query arguments for aggregation query. Please note that it is not possible at the moment to have a null-cursor, or a cursor and orderBy combination that not stable (unique).");
}

/* count: where / orderBy / cursor / take / skip / select (Prisma 7 takes no distinct). */
void
query_parse_count(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {
		"where", "orderBy", "cursor", "take", "skip", "select"
	};
	QAggregation *agg = palloc0(sizeof(QAggregation));
	json_t	   *select = args ? json_object_get(args, "select") : NULL;
	QAggSelect *sel;

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	doc->read = aggregate_read(cx, doc, args);
	doc->aggregation = agg;
	check_stable_cursor(doc->read);
	if (select == NULL || json_is_boolean(select))
	{
		/* a number: the count of every row */
		sel = palloc0(sizeof(QAggSelect));
		sel->op = QAGG_COUNT;
		psl_vec_push(cx->arena, &sel->fields, NULL);
		agg->count_number = true;
	}
	else
		sel = parse_aggregate_select(cx, doc->read, QAGG_COUNT, "select", select, false);
	psl_vec_push(cx->arena, &agg->selects, sel);
}

/* The aggregate selections of args, in the order written (Prisma's result keys follow it). */
static void
parse_aggregate_selects(QContext *cx, QRead *read, QAggregation *agg, json_t *args)
{
	const char *key;
	json_t	   *v;
	int			op;

	if (args != NULL)
		json_object_foreach(args, key, v)
			if ((op = query_aggregate_op(key)) >= 0)
				psl_vec_push(cx->arena, &agg->selects,
							 parse_aggregate_select(cx, read, (QAggOp) op, key, v, op == QAGG_COUNT));
}

/* aggregate: where / orderBy / cursor / take / skip and _count / _avg / _sum / _min / _max. */
void
query_parse_aggregate(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {
		"where", "orderBy", "cursor", "take", "skip", "_count", "_avg", "_sum", "_min", "_max"
	};
	QAggregation *agg = palloc0(sizeof(QAggregation));

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	doc->read = aggregate_read(cx, doc, args);
	doc->aggregation = agg;
	check_stable_cursor(doc->read);
	parse_aggregate_selects(cx, doc->read, agg, args);
	if (agg->selects.len == 0)
		query_validation_error(cx, "The `select` statement for type Aggregate%s must not be empty.",
							   doc->model->name);
}

/* by: a scalar field name or a list of them. */
static void
parse_by(QContext *cx, QRead *read, QAggregation *agg, json_t *v)
{
	size_t		i;
	json_t	   *item;
	int			saved = cx->path.len;

	query_path_push(cx, "by");
	if (json_is_string(v) || json_is_array(v))
	{
		json_t	   *list = v;

		if (json_is_string(v))
		{
			list = json_loads("[]", 0, NULL);
			json_array_append(list, v);
		}
		json_array_foreach(list, i, item)
		{
			PslField   *f = json_is_string(item) ? psl_find_field(read->model, json_string_value(item)) : NULL;

			if (f == NULL || f->ignored || (f->kind != PSL_FIELD_SCALAR && f->kind != PSL_FIELD_ENUM))
				query_validation_error(cx, "Invalid value for argument `by`. Expected %sScalarFieldEnum.",
									   read->model->name);
			if (psl_vec_index(&agg->by, f) < 0)
			{
				psl_vec_push(cx->arena, &agg->by, f);
				project_field(read, cx->arena, f);
			}
		}
	}
	if (agg->by.len == 0)
		query_validation_error(cx, "Argument `by` must be a non-empty list of %sScalarFieldEnum.",
							   read->model->name);
	query_path_pop(cx, saved);
}

/* "asc" / "desc" / {"sort": ..., "nulls": "first" | "last"} of a groupBy orderBy. */
static void
parse_direction(QContext *cx, QGroupOrder *o, json_t *v)
{
	json_t	   *sort = json_is_object(v) ? json_object_get(v, "sort") : v;
	json_t	   *nulls = json_is_object(v) ? json_object_get(v, "nulls") : NULL;

	if (!json_is_string(sort) || (strcmp(json_string_value(sort), "asc") != 0 &&
								  strcmp(json_string_value(sort), "desc") != 0))
		query_validation_error(cx, "Invalid value for argument `orderBy`. Expected SortOrder.");
	o->desc = strcmp(json_string_value(sort), "desc") == 0;
	if (nulls != NULL)
	{
		if (!json_is_string(nulls) || (strcmp(json_string_value(nulls), "first") != 0 &&
									   strcmp(json_string_value(nulls), "last") != 0))
			query_validation_error(cx, "Invalid value for argument `nulls`. Expected NullsOrder.");
		o->nulls = strcmp(json_string_value(nulls), "first") == 0 ? QNULLS_FIRST : QNULLS_LAST;
	}
}

/* One orderBy object of a groupBy: by fields, or {_count: {field: dir}, _avg: ...}. */
static void
parse_group_order_object(QContext *cx, QRead *read, QAggregation *agg, json_t *obj)
{
	const char *key;
	json_t	   *v;
	StringInfoData missing;

	initStringInfo(&missing);
	if (!json_is_object(obj))
		query_validation_error(cx, "Argument `orderBy`: Invalid value provided. Expected %sOrderByWithAggregationInput, provided %s.",
							   read->model->name, json_is_null(obj) ? "Null" : "a scalar value");
	json_object_foreach(obj, key, v)
	{
		int			op;
		int			saved = cx->path.len;

		query_path_push(cx, key);
		op = query_aggregate_op(key);
		if (op >= 0)
		{
			const char *fkey;
			json_t	   *dir;

			if (!json_is_object(v))
				query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %s%sOrderByAggregateInput.",
									   key, read->model->name, aggregate_type_name((QAggOp) op));
			json_object_foreach(v, fkey, dir)
			{
				QGroupOrder *o = palloc0(sizeof(QGroupOrder));

				o->field = psl_find_field(read->model, fkey);
				if (o->field == NULL || !query_aggregate_takes((QAggOp) op, o->field))
				{
					int			n;
					const char **names = aggregate_candidates(read->model, (QAggOp) op, &n);

					query_unknown_argument(cx, fkey, names + (op == QAGG_COUNT), n - (op == QAGG_COUNT));
				}
				o->has_aggregate = true;
				o->aggregate = (QAggOp) op;
				parse_direction(cx, o, dir);
				project_field(read, cx->arena, o->field);
				psl_vec_push(cx->arena, &agg->order, o);
			}
		}
		else
		{
			QGroupOrder *o = palloc0(sizeof(QGroupOrder));

			o->field = psl_find_field(read->model, key);
			if (o->field == NULL || o->field->ignored ||
				(o->field->kind != PSL_FIELD_SCALAR && o->field->kind != PSL_FIELD_ENUM))
			{
				int			n;
				const char **names = aggregate_candidates(read->model, QAGG_COUNT, &n);

				query_unknown_argument(cx, key, names + 1, n - 1);
			}
			parse_direction(cx, o, v);
			if (psl_vec_index(&agg->by, o->field) < 0)
				appendStringInfo(&missing, "%s%s", missing.len ? ", " : "", o->field->name);
			psl_vec_push(cx->arena, &agg->order, o);
		}
		query_path_pop(cx, saved);
	}
	if (missing.len > 0)
		query_input_error(psprintf("Every field used for orderBy must be included in the by-arguments of the query. Missing fields: %s",
								   missing.data));
}

/* A non-negative (take: any) integer argument of a groupBy. */
static int64
group_count_arg(QContext *cx, json_t *v, const char *name, bool allow_negative)
{
	int			saved = cx->path.len;
	int64		n;

	query_path_push(cx, name);
	if (!json_is_integer(v))
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected Int, provided %s.",
							   name, json_is_string(v) ? "String" : "another type");
	n = json_integer_value(v);
	if (n < 0 && !allow_negative)
		query_validation_error(cx, "Invalid value for argument `%s`: must be a non-negative integer.", name);
	query_path_pop(cx, saved);
	return n;
}

/* The fields a having filter reads are columns of the row source. */
static void
project_filter_fields(QRead *read, PslArena *arena, QFilter *f)
{
	int			i;

	if (f->kind == QF_SCALAR)
		project_field(read, arena, f->field);
	for (i = 0; i < f->children.len; i++)
		project_filter_fields(read, arena, f->children.items[i]);
}

/* groupBy: by / where / orderBy / having / take / skip and the aggregates. */
void
query_parse_group_by(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {
		"by", "where", "orderBy", "having", "take", "skip", "_count", "_avg", "_sum", "_min", "_max"
	};
	QAggregation *agg = palloc0(sizeof(QAggregation));
	QRead	   *read = palloc0(sizeof(QRead));
	json_t	   *v;

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	read->model = doc->model;
	doc->read = read;
	doc->aggregation = agg;
	if (args == NULL || (v = json_object_get(args, "by")) == NULL)
		query_missing_argument(cx, "by");
	parse_by(cx, read, agg, v);
	if ((v = json_object_get(args, "where")) != NULL)
		read->where = query_parse_where(cx, doc->model, v);
	parse_aggregate_selects(cx, read, agg, args);
	if ((v = json_object_get(args, "having")) != NULL)
	{
		agg->having = query_parse_having(cx, doc->model, &agg->by, v);
		project_filter_fields(read, cx->arena, agg->having);
	}
	if ((v = json_object_get(args, "orderBy")) != NULL)
	{
		int			saved = cx->path.len;
		size_t		i;
		json_t	   *item;

		query_path_push(cx, "orderBy");
		if (json_is_array(v))
			json_array_foreach(v, i, item)
				parse_group_order_object(cx, read, agg, item);
		else
			parse_group_order_object(cx, read, agg, v);
		query_path_pop(cx, saved);
	}
	if ((v = json_object_get(args, "take")) != NULL && !json_is_null(v))
	{
		agg->has_take = true;
		agg->take = group_count_arg(cx, v, "take", true);
	}
	if ((v = json_object_get(args, "skip")) != NULL && !json_is_null(v))
		agg->skip = group_count_arg(cx, v, "skip", false);
}
