/*
 * query_aggregate_sql.c
 *		count, aggregate and groupBy -> one statement: the aggregates, as
 *		one JSON value (groupBy: an array of groups), over the row source
 *		the reads use (query_rows_sql).
 *
 * The values have Prisma's types: counts are numbers; _avg is a Float
 * (a Decimal for a Decimal field); _sum has the field's type (an Int sum
 * is a number, a BigInt sum a string of any size); _min and _max are
 * printed as the field itself is.  Over no rows every aggregate but
 * _count is null.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "query.h"

/*
 * op over field f of alias (f NULL: every row), as PostgreSQL computes it
 * (for having and orderBy): an _avg of a non-Decimal is a float8, and a
 * Boolean's _min / _max are bool_and / bool_or (PostgreSQL has no min of
 * booleans; false < true).
 */
char *
query_aggregate_value_sql(QAggOp op, PslField *f, const char *alias)
{
	char	   *col;
	bool		is_bool;

	if (f == NULL)
		return pstrdup("pg_catalog.count(*)");
	col = query_column_sql(alias, f);
	is_bool = f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_BOOLEAN;
	switch (op)
	{
		case QAGG_COUNT:
			return psprintf("pg_catalog.count(%s)", col);
		case QAGG_AVG:
			if (f->scalar == PSL_TYPE_DECIMAL)
				return psprintf("pg_catalog.avg(%s)", col);
			return psprintf("pg_catalog.avg(%s)::pg_catalog.float8", col);
		case QAGG_SUM:
			return psprintf("pg_catalog.sum(%s)", col);
		case QAGG_MIN:
			return psprintf("pg_catalog.%s(%s)", is_bool ? "bool_and" : "min", col);
		case QAGG_MAX:
			return psprintf("pg_catalog.%s(%s)", is_bool ? "bool_or" : "max", col);
	}
	return NULL;
}

/*
 * The JSON-ready SQL of op over field f: counts, Float averages, Int sums
 * and Booleans are JSON as they are; the rest print as the field does.
 */
static char *
aggregate_sql(QAggOp op, PslField *f, const char *alias)
{
	char	   *v = query_aggregate_value_sql(op, f, alias);

	if (f == NULL || op == QAGG_COUNT || (op == QAGG_AVG && f->scalar != PSL_TYPE_DECIMAL) ||
		(op == QAGG_SUM && f->scalar == PSL_TYPE_INT) ||
		(f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_BOOLEAN))
		return v;
	return query_encode_sql(f, v);
}

/* json_build_object('_all', count(*), 'email', count(t.email), ...) of one selection. */
static void
selection_object_sql(StringInfo out, QAggSelect *sel, const char *alias)
{
	int			i;

	appendStringInfoString(out, "pg_catalog.json_build_object(");
	for (i = 0; i < sel->fields.len; i++)
	{
		PslField   *f = sel->fields.items[i];

		appendStringInfo(out, "%s%s, %s", i ? ", " : "", quote_literal_cstr(f ? f->name : "_all"),
						 aggregate_sql(sel->op, f, alias));
	}
	appendStringInfoChar(out, ')');
}

/* The aggregate selections as key, value pairs of json_build_object. */
static void
selections_sql(StringInfo out, QAggregation *agg, const char *alias)
{
	int			i;

	for (i = 0; i < agg->selects.len; i++)
	{
		QAggSelect *sel = agg->selects.items[i];

		appendStringInfo(out, "%s%s, ", i ? ", " : "", quote_literal_cstr(query_aggregate_key(sel->op)));
		if (sel->bare)
			appendStringInfoString(out, "pg_catalog.count(*)");
		else
			selection_object_sql(out, sel, alias);
	}
}

/* count / aggregate: SELECT <the aggregates as JSON> FROM (<rows>) t. */
QProgram *
query_compile_aggregate(QDocument *doc)
{
	QStatement *st = query_new_statement(doc->arena);
	QAggregation *agg = doc->aggregation;
	QRead		read = *doc->read;
	StringInfoData rows;
	int			next_alias = 1;

	/* without pagination the order of the rows changes no aggregate */
	if (!read.has_take && read.skip == 0 && read.cursor == NULL && read.distinct.len == 0)
		memset(&read.order_by, 0, sizeof(read.order_by));
	initStringInfo(&rows);
	query_rows_sql(st, &rows, &read, "t", &next_alias);

	appendStringInfoString(&st->sql, "SELECT ");
	if (agg->count_number)
		appendStringInfoString(&st->sql, "pg_catalog.to_json(pg_catalog.count(*))");
	else if (doc->action->action == Q_COUNT)
		/* count with a select: the counts themselves, {"_all": n, ...} */
		selection_object_sql(&st->sql, agg->selects.items[0], "t");
	else
	{
		appendStringInfoString(&st->sql, "pg_catalog.json_build_object(");
		selections_sql(&st->sql, agg, "t");
		appendStringInfoChar(&st->sql, ')');
	}
	appendStringInfo(&st->sql, " FROM (%s) t", rows.data);
	return query_single_step_program(st, doc->model, true);
}

/* The ORDER BY suffix of a groupBy order item (reverse: for a negative take). */
static const char *
group_order_suffix(QGroupOrder *o, bool reverse)
{
	return query_order_suffix(o->desc, o->nulls, reverse);
}

/*
 * groupBy: one row per group of the `by` fields, with its aggregates, as a
 * JSON array:
 *   SELECT COALESCE(json_agg(g.v ORDER BY g.o1, ...), '[]') FROM (
 *     SELECT json_build_object(<by fields>, <aggregates>) AS v, <sort keys>
 *     FROM (<rows>) t GROUP BY <by> HAVING <having>
 *     ORDER BY <sort keys> LIMIT <take> OFFSET <skip>) g
 * A negative take reads the groups backwards, and answers them in that
 * order, as Prisma 7 does (findMany turns them around again).
 */
QProgram *
query_compile_group_by(QDocument *doc)
{
	QStatement *st = query_new_statement(doc->arena);
	QAggregation *agg = doc->aggregation;
	bool		backwards = agg->has_take && agg->take < 0;
	StringInfoData rows,
				groups;
	int			next_alias = 1;
	int			i;

	initStringInfo(&rows);
	initStringInfo(&groups);
	query_rows_sql(st, &rows, doc->read, "t", &next_alias);
	/* Prisma's key order: the aggregates as written, then the by fields */
	appendStringInfoString(&groups, "SELECT pg_catalog.json_build_object(");
	selections_sql(&groups, agg, "t");
	for (i = 0; i < agg->by.len; i++)
	{
		PslField   *f = agg->by.items[i];
		char	   *key = query_group_key_sql("t", f);

		/* a json or xml field is grouped by its key, and printed from it */
		appendStringInfo(&groups, "%s%s, %s", i || agg->selects.len ? ", " : "",
						 quote_literal_cstr(f->name),
						 strcmp(key, query_column_sql("t", f)) == 0 ? query_output_sql("t", f) : key);
	}
	appendStringInfoString(&groups, ") AS v");
	for (i = 0; i < agg->order.len; i++)
	{
		QGroupOrder *o = agg->order.items[i];

		appendStringInfo(&groups, ", %s AS o%d",
						 o->has_aggregate ? query_aggregate_value_sql(o->aggregate, o->field, "t")
						 : query_column_sql("t", o->field), i + 1);
	}
	appendStringInfo(&groups, " FROM (%s) t GROUP BY ", rows.data);
	for (i = 0; i < agg->by.len; i++)
		appendStringInfo(&groups, "%s%s", i ? ", " : "", query_group_key_sql("t", agg->by.items[i]));
	if (agg->having)
	{
		appendStringInfoString(&groups, " HAVING ");
		query_filter_sql(st, &groups, agg->having, "t", &next_alias);
	}
	for (i = 0; i < agg->order.len; i++)
		appendStringInfo(&groups, "%so%d%s", i ? ", " : " ORDER BY ", i + 1,
						 group_order_suffix(agg->order.items[i], backwards));
	if (agg->has_take)
		appendStringInfo(&groups, " LIMIT " INT64_FORMAT,
						 agg->take >= 0 ? agg->take : agg->take == PG_INT64_MIN ? PG_INT64_MAX : -agg->take);
	if (agg->skip > 0)
		appendStringInfo(&groups, " OFFSET $%d::pg_catalog.int8",
						 query_add_param(st, psprintf(INT64_FORMAT, agg->skip)));

	appendStringInfoString(&st->sql, "SELECT COALESCE(pg_catalog.json_agg(g.v");
	for (i = 0; i < agg->order.len; i++)
		appendStringInfo(&st->sql, "%s g.o%d%s", i ? "," : " ORDER BY", i + 1,
						 group_order_suffix(agg->order.items[i], backwards));
	appendStringInfo(&st->sql, "), '[]'::pg_catalog.json) FROM (%s) g", groups.data);
	return query_single_step_program(st, doc->model, true);
}
