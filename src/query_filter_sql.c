/*
 * query_filter_sql.c
 *		QFilter trees -> SQL boolean expressions.
 *
 * Scalar filters compare a column with a cast parameter.  contains /
 * startsWith / endsWith keep Prisma's LIKE semantics (% and _ are
 * wildcards, backslash escapes them); mode "insensitive" uses ILIKE for
 * those and lower() = lower() for the rest, so `equals` is an exact
 * case-insensitive comparison, never a pattern.  Relation filters are
 * EXISTS subqueries correlated with the row.  Operators are written as
 * OPERATOR(schema.op), LIKE as ~~ and ILIKE as ~~* ("Name resolution" in
 * prisma_ext.h).
 */
#include "postgres.h"

#include "miscadmin.h"

#include "query.h"

static const char *
comparison(QScalarOp op)
{
	switch (op)
	{
		case QOP_EQ:
			return "=";
		case QOP_NE:
			return "<>";
		case QOP_LT:
			return "<";
		case QOP_LTE:
			return "<=";
		case QOP_GT:
			return ">";
		case QOP_GTE:
			return ">=";
		default:
			return "=";
	}
}

/*
 * A filter without any condition: an empty where object, or AND / NOT of
 * such.  Prisma drops these from AND / OR / NOT lists, so OR [{}] matches
 * nothing while NOT {} matches everything.
 */
static bool
filter_is_noop(QFilter *f)
{
	int			i;

	if (f->kind != QF_AND && f->kind != QF_NOT)
		return false;
	for (i = 0; i < f->children.len; i++)
		if (!filter_is_noop(f->children.items[i]))
			return false;
	return true;
}

/* One scalar comparison. */
static void
scalar_sql(QStatement *st, StringInfo out, QFilter *f, const char *alias)
{
	char	   *col = f->aggregate ? query_aggregate_value_sql((QAggOp) (f->aggregate - 1), f->field, alias)
		: query_column_sql(alias, f->field);
	char	   *param;

	switch (f->op)
	{
		case QOP_IS_NULL:
			appendStringInfo(out, "%s IS NULL", col);
			return;
		case QOP_IS_NOT_NULL:
			appendStringInfo(out, "%s IS NOT NULL", col);
			return;
		case QOP_IN:
		case QOP_NOT_IN:
			param = query_param_sql(st, f->value, false);
			if (f->insensitive)
				appendStringInfo(out, "%spg_catalog.lower(%s) OPERATOR(pg_catalog.=) ANY (SELECT pg_catalog.lower(x) FROM pg_catalog.unnest(%s) x)",
								 f->op == QOP_NOT_IN ? "NOT " : "", col, param);
			else
				appendStringInfo(out, "%s%s %s ANY (%s)", f->op == QOP_NOT_IN ? "NOT " : "", col,
								 query_operator_sql(f->field, "="), param);
			return;
		case QOP_CONTAINS:
		case QOP_STARTS_WITH:
		case QOP_ENDS_WITH:
			param = query_param_sql(st, f->value, false);
			appendStringInfo(out, "%s %s (%s%s%s)", col,
							 query_operator_sql(f->field, f->insensitive ? "~~*" : "~~"),
							 f->op == QOP_STARTS_WITH ? "" : "'%' OPERATOR(pg_catalog.||) ", param,
							 f->op == QOP_ENDS_WITH ? "" : " OPERATOR(pg_catalog.||) '%'");
			return;
		default:
			param = query_param_sql(st, f->value, false);
			if (f->insensitive && !f->value->as_json)
				appendStringInfo(out, "pg_catalog.lower(%s) %s pg_catalog.lower(%s)", col,
								 query_operator_sql(NULL, comparison(f->op)), param);
			else
				appendStringInfo(out, "%s %s %s", col,
								 query_operator_sql(f->field, comparison(f->op)), param);
			return;
	}
}

void
query_filter_sql(QStatement *st, StringInfo out, QFilter *f, const char *alias, int *next_alias)
{
	int			i;

	check_stack_depth();
	CHECK_FOR_INTERRUPTS();
	switch (f->kind)
	{
		case QF_CONST:
			appendStringInfoString(out, f->const_value ? "true" : "false");
			return;
		case QF_AND:
		case QF_OR:
		case QF_NOT:
			{
				/* empty where objects count as absent (OR [{}] is false) */
				const char *sep = f->kind == QF_OR ? " OR " : " AND ";
				bool		first = true;

				for (i = 0; i < f->children.len; i++)
				{
					if (filter_is_noop(f->children.items[i]))
						continue;
					appendStringInfoString(out, first ? (f->kind == QF_NOT ? "NOT (" : "(") : sep);
					first = false;
					query_filter_sql(st, out, f->children.items[i], alias, next_alias);
				}
				if (first)
					appendStringInfoString(out, f->kind == QF_OR ? "false" : "true");
				else
					appendStringInfoChar(out, ')');
			}
			return;
		case QF_SCALAR:
			scalar_sql(st, out, f, alias);
			return;
		case QF_RELATION:
			switch (f->rel_op)
			{
				case QREL_SOME:
				case QREL_IS:
					query_relation_exists(st, out, f->field, alias, f->nested, false, next_alias);
					return;
				case QREL_NONE:
				case QREL_IS_NOT:
					appendStringInfoString(out, "NOT ");
					query_relation_exists(st, out, f->field, alias, f->nested, false, next_alias);
					return;
				case QREL_EVERY:
					/* no related row fails the filter (NULL counts as failing) */
					if (f->nested == NULL)
					{
						appendStringInfoString(out, "true");
						return;
					}
					appendStringInfoString(out, "NOT ");
					query_relation_exists(st, out, f->field, alias, f->nested, true, next_alias);
					return;
				case QREL_IS_NULL:
					appendStringInfoString(out, "NOT ");
					query_relation_exists(st, out, f->field, alias, NULL, false, next_alias);
					return;
				case QREL_IS_NOT_NULL:
					query_relation_exists(st, out, f->field, alias, NULL, false, next_alias);
					return;
			}
			return;
	}
}
