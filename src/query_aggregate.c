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

static const char *const aggregate_names[] = {"_count", "_avg", "_sum", "_min", "_max"};

/* Can op be computed over field f, as Prisma's aggregate input types allow? */
static bool
aggregatable(QAggOp op, PslField *f)
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
		if (aggregatable(op, m->fields.items[i]))
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

	for (i = 0; i < read->sel.fields.len; i++)
		if (((QSelectedField *) read->sel.fields.items[i])->field == f)
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
			if (f == NULL || !aggregatable(op, f))
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

/* aggregate: where / orderBy / cursor / take / skip and _count / _avg / _sum / _min / _max. */
void
query_parse_aggregate(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {
		"where", "orderBy", "cursor", "take", "skip", "_count", "_avg", "_sum", "_min", "_max"
	};
	QAggregation *agg = palloc0(sizeof(QAggregation));
	const char *key;
	json_t	   *v;
	int			i;

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	doc->read = aggregate_read(cx, doc, args);
	doc->aggregation = agg;
	check_stable_cursor(doc->read);
	/* the selections in the order written: Prisma's result keys follow it */
	if (args != NULL)
		json_object_foreach(args, key, v)
			for (i = 0; i < (int) lengthof(aggregate_names); i++)
				if (strcmp(key, aggregate_names[i]) == 0)
					psl_vec_push(cx->arena, &agg->selects,
								 parse_aggregate_select(cx, doc->read, (QAggOp) i, key, v,
														i == QAGG_COUNT));
	if (agg->selects.len == 0)
		query_validation_error(cx, "The `select` statement for type Aggregate%s must not be empty.",
							   doc->model->name);
}
