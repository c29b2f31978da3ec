/*
 * query_aggregate_sql.c
 *		count and aggregate -> one statement: the aggregates, as one JSON
 *		value, over the row source the reads use (query_rows_sql).
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

/* The JSON-ready SQL of op over field f of alias (f NULL: every row). */
static char *
aggregate_sql(QAggOp op, PslField *f, const char *alias)
{
	char	   *col;

	if (f == NULL)
		return pstrdup("pg_catalog.count(*)");
	col = query_column_sql(alias, f);
	switch (op)
	{
		case QAGG_COUNT:
			return psprintf("pg_catalog.count(%s)", col);
		case QAGG_AVG:
			if (f->scalar == PSL_TYPE_DECIMAL)
				return query_encode_sql(f, psprintf("pg_catalog.avg(%s)", col));
			return psprintf("pg_catalog.avg(%s)::pg_catalog.float8", col);
		case QAGG_SUM:
			if (f->scalar == PSL_TYPE_INT)
				return psprintf("pg_catalog.sum(%s)", col);
			return query_encode_sql(f, psprintf("pg_catalog.sum(%s)", col));
		case QAGG_MIN:
		case QAGG_MAX:
			/* PostgreSQL has no min/max of booleans: false < true */
			if (f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_BOOLEAN)
				return psprintf("pg_catalog.%s(%s)", op == QAGG_MIN ? "bool_and" : "bool_or", col);
			return query_encode_sql(f, psprintf("pg_catalog.%s(%s)", op == QAGG_MIN ? "min" : "max", col));
	}
	return NULL;
}

/* The key of an aggregate selection in the result. */
static const char *
aggregate_key(QAggOp op)
{
	static const char *const keys[] = {"_count", "_avg", "_sum", "_min", "_max"};

	return keys[op];
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

/* count / aggregate: SELECT <the aggregates as JSON> FROM (<rows>) t. */
QProgram *
query_compile_aggregate(QDocument *doc)
{
	QStatement *st = query_new_statement(doc->arena);
	QAggregation *agg = doc->aggregation;
	QRead		read = *doc->read;
	StringInfoData rows;
	int			next_alias = 1;
	int			i;

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
		for (i = 0; i < agg->selects.len; i++)
		{
			QAggSelect *sel = agg->selects.items[i];

			appendStringInfo(&st->sql, "%s%s, ", i ? ", " : "", quote_literal_cstr(aggregate_key(sel->op)));
			if (sel->bare)
				appendStringInfoString(&st->sql, "pg_catalog.count(*)");
			else
				selection_object_sql(&st->sql, sel, "t");
		}
		appendStringInfoChar(&st->sql, ')');
	}
	appendStringInfo(&st->sql, " FROM (%s) t", rows.data);
	return query_single_step_program(st, doc->model, true);
}
