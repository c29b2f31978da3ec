/*
 * query_filter_sql.c
 *		QFilter trees -> SQL boolean expressions.
 *
 * Scalar filters compare a column with a cast parameter; scalar-list
 * filters use = ANY, @>, && and cardinality, as Prisma's do.  contains /
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

/*
 * The SQL of a filter's value: a cast parameter, or for a field reference
 * the referenced column of the same row (element: of a list's element type).
 */
static char *
value_sql(QStatement *st, QFilter *f, const char *alias, bool element)
{
	if (f->value->ref)
		return query_column_sql(alias, f->value->ref);
	return query_param_sql(st, f->value, element);
}

/* A JSON value as jsonb (whatever the column's type, json or jsonb), or a referenced Json column. */
static char *
json_param(QStatement *st, QFilter *f, const char *alias)
{
	if (f->value->ref)
		return psprintf("%s::pg_catalog.jsonb", query_column_sql(alias, f->value->ref));
	return psprintf("$%d::pg_catalog.jsonb", query_add_value_param(st, f->value));
}

/* The JSON type a comparison requires: the value's ('number' or 'string'), or the referenced one's. */
static char *
json_value_type(QFilter *f, const char *alias)
{
	if (f->value->ref)
		return psprintf("pg_catalog.jsonb_typeof(%s::pg_catalog.jsonb)", query_column_sql(alias, f->value->ref));
	return pstrdup(f->value->text[0] == '"' ? "'string'" : "'number'");
}

/*
 * A Json filter, as Prisma's engine writes it for PostgreSQL: the value
 * (at the path, #> / #>>) compared as jsonb; the string and array filters
 * also require the value's JSON type, and so do lt / gt (the type of the
 * value compared with).
 */
static void
json_sql(QStatement *st, StringInfo out, QFilter *f, const char *alias, bool reverse)
{
	/*
	 * the JSON-type condition: under an odd number of NOTs (reverse), Prisma
	 * writes "comparison OR the type differs", so that after the NOT the
	 * type must still match
	 */
	const char *type_and = reverse ? " OR pg_catalog.jsonb_typeof(%s) OPERATOR(pg_catalog.<>) %s)"
		: " AND pg_catalog.jsonb_typeof(%s) OPERATOR(pg_catalog.=) %s)";
	char	   *col = psprintf("%s::pg_catalog.jsonb", query_column_sql(alias, f->field));
	char	   *path = f->json_path ? psprintf("$%d::pg_catalog.text[]", query_add_param(st, f->json_path)) : NULL;
	char	   *json = path ? psprintf("(%s OPERATOR(pg_catalog.#>) %s)", col, path) : col;
	char	   *text = psprintf("(%s OPERATOR(pg_catalog.#>>) %s)", col, path ? path : "'{}'::pg_catalog.text[]");
	char	   *param;

	switch (f->op)
	{
		case QOP_JSON_IS_DB_NULL:
			appendStringInfo(out, "%s IS NULL", json);
			return;
		case QOP_JSON_IS_ANY_NULL:
			appendStringInfo(out, "(%s IS NULL OR %s OPERATOR(pg_catalog.=) 'null'::pg_catalog.jsonb)", json, json);
			return;
		case QOP_JSON_STRING_CONTAINS:
		case QOP_JSON_STRING_STARTS_WITH:
		case QOP_JSON_STRING_ENDS_WITH:
			param = f->value->ref ? query_column_sql(alias, f->value->ref)
				: psprintf("$%d::pg_catalog.text", query_add_value_param(st, f->value));
			param = psprintf("%s%s%s", f->op == QOP_JSON_STRING_STARTS_WITH ? "" : "'%' OPERATOR(pg_catalog.||) ",
							 param, f->op == QOP_JSON_STRING_ENDS_WITH ? "" : " OPERATOR(pg_catalog.||) '%'");
			if (f->insensitive)
				appendStringInfo(out, "(pg_catalog.lower(%s) OPERATOR(pg_catalog.~~) pg_catalog.lower(%s)",
								 text, param);
			else
				appendStringInfo(out, "(%s OPERATOR(pg_catalog.~~) (%s)", text, param);
			appendStringInfo(out, type_and, json, "'string'");
			return;
		case QOP_JSON_ARRAY_CONTAINS:
		case QOP_JSON_ARRAY_STARTS_WITH:
		case QOP_JSON_ARRAY_ENDS_WITH:
			param = json_param(st, f, alias);
			if (f->op == QOP_JSON_ARRAY_CONTAINS)
				appendStringInfo(out, "(%s OPERATOR(pg_catalog.@>) %s", json, param);
			else
				appendStringInfo(out, "((%s OPERATOR(pg_catalog.->) %d) OPERATOR(pg_catalog.=) %s", json,
								 f->op == QOP_JSON_ARRAY_STARTS_WITH ? 0 : -1, param);
			appendStringInfo(out, type_and, json, "'array'");
			return;
		case QOP_LT:
		case QOP_LTE:
		case QOP_GT:
		case QOP_GTE:
			appendStringInfo(out, "(%s OPERATOR(pg_catalog.%s) %s", json, comparison(f->op), json_param(st, f, alias));
			appendStringInfo(out, type_and, json, json_value_type(f, alias));
			return;
		default:
			appendStringInfo(out, "%s OPERATOR(pg_catalog.%s) %s", json, comparison(f->op),
							 json_param(st, f, alias));
			return;
	}
}

/*
 * to_tsvector(config, text) @@ to_tsquery(config, query), true or false.
 * Prisma's engine searches concat_ws(' ', col), where a NULL column is an
 * empty text; the column itself is what a GIN index on to_tsvector(config,
 * col) serves, so a nullable column is tested for NULL beside it, and an
 * empty text is searched for it only when the query has a `!`, the one way
 * a query matches an empty document.
 */
static void
search_match_sql(QStatement *st, StringInfo out, QFilter *f, const char *alias,
				 const char *text, bool nullable)
{
	char	   *cfg = query_text_search_config_sql();
	char	   *query = psprintf("pg_catalog.to_tsquery(%s, %s)", cfg, value_sql(st, f, alias, false));
	char	   *match = psprintf("pg_catalog.to_tsvector(%s, %s) OPERATOR(pg_catalog.@@) %s", cfg, text, query);

	if (!nullable)
		appendStringInfoString(out, match);
	else if (f->value->ref || strchr(f->value->text, '!'))
		appendStringInfo(out, "((%s IS NOT NULL AND %s) OR (%s IS NULL AND ''::pg_catalog.tsvector OPERATOR(pg_catalog.@@) %s))",
						 text, match, text, query);
	else
		appendStringInfo(out, "(%s IS NOT NULL AND %s)", text, match);
}

/* One scalar comparison. */
static void
scalar_sql(QStatement *st, StringInfo out, QFilter *f, const char *alias, bool reverse)
{
	char	   *col;
	char	   *param;

	if (f->field->kind == PSL_FIELD_SCALAR && f->field->scalar == PSL_TYPE_JSON &&
		f->field->arity != PSL_LIST && f->aggregate == 0 && f->op != QOP_IS_NULL && f->op != QOP_IS_NOT_NULL)
	{
		json_sql(st, out, f, alias, reverse);
		return;
	}
	col = f->aggregate ? query_aggregate_value_sql((QAggOp) (f->aggregate - 1), f->field, alias)
		: query_column_sql(alias, f->field);

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
			param = value_sql(st, f, alias, false);
			if (f->insensitive)
				appendStringInfo(out, "%spg_catalog.lower(%s) OPERATOR(pg_catalog.=) ANY (SELECT pg_catalog.lower(x) FROM pg_catalog.unnest(%s) x)",
								 f->op == QOP_NOT_IN ? "NOT " : "", col, param);
			else
				appendStringInfo(out, "%s%s %s ANY (%s)", f->op == QOP_NOT_IN ? "NOT " : "", col,
								 query_operator_sql(f->field, "="), param);
			return;
		case QOP_HAS:
			appendStringInfo(out, "%s OPERATOR(pg_catalog.=) ANY (%s)",
							 value_sql(st, f, alias, true), col);
			return;
		case QOP_HAS_EVERY:
		case QOP_HAS_SOME:
			appendStringInfo(out, "%s OPERATOR(pg_catalog.%s) %s", col, f->op == QOP_HAS_EVERY ? "@>" : "&&",
							 value_sql(st, f, alias, false));
			return;
		case QOP_IS_EMPTY:
		case QOP_IS_NOT_EMPTY:
			/* as Prisma's list = '{}' / <> '{}': a NULL list is neither */
			appendStringInfo(out, "pg_catalog.cardinality(%s) OPERATOR(pg_catalog.%s) 0", col,
							 f->op == QOP_IS_EMPTY ? "=" : "<>");
			return;
		case QOP_SEARCH:
			/* outside an AND (under a NOT, an OR): one field's own text */
			search_match_sql(st, out, f, alias, col, f->field->arity == PSL_OPTIONAL);
			return;
		case QOP_CONTAINS:
		case QOP_STARTS_WITH:
		case QOP_ENDS_WITH:
			if (query_field_is_text(f->field))
				param = value_sql(st, f, alias, false);
			else
			{
				/*
				 * Prisma's engine: LIKE on the column's text (an Inet, Xml or
				 * bit string); ILIKE on the column itself, an error there
				 */
				param = f->value->ref ? psprintf("%s::pg_catalog.text", query_column_sql(alias, f->value->ref))
					: psprintf("$%d::pg_catalog.text", query_add_value_param(st, f->value));
				if (!f->insensitive)
					col = psprintf("%s::pg_catalog.text", col);
			}
			appendStringInfo(out, "%s %s (%s%s%s)", col,
							 query_operator_sql(f->field, f->insensitive ? "~~*" : "~~"),
							 f->op == QOP_STARTS_WITH ? "" : "'%' OPERATOR(pg_catalog.||) ", param,
							 f->op == QOP_ENDS_WITH ? "" : " OPERATOR(pg_catalog.||) '%'");
			return;
		default:
			param = value_sql(st, f, alias, false);
			if (f->insensitive && !f->value->as_json)
				appendStringInfo(out, "pg_catalog.lower(%s) %s pg_catalog.lower(%s)", col,
								 query_operator_sql(NULL, comparison(f->op)), param);
			else
				appendStringInfo(out, "%s %s %s", col,
								 query_operator_sql(f->field, comparison(f->op)), param);
			return;
	}
}

/* Is f a full-text search filter? */
static bool
is_search(QFilter *f)
{
	return f->kind == QF_SCALAR && f->op == QOP_SEARCH;
}

/*
 * The earlier search of the AND `and` with the same query as child i (which
 * then is part of it), or -1: Prisma searches the fields of one where
 * object with the same query as one text, concat_ws(' ', a, b).
 */
static int
merged_search(QFilter *and, int i)
{
	QFilter    *f = and->children.items[i];
	int			k;

	for (k = 0; k < i; k++)
	{
		QFilter    *g = and->children.items[k];

		if (is_search(g) && strcmp(g->value->text, f->value->text) == 0)
			return k;
	}
	return -1;
}

/*
 * to_tsvector(config, col) @@ to_tsquery(config, query) of child i of the
 * AND `and`, over the text of every search with the same query after it;
 * a single field is the column itself, the form a GIN index on
 * to_tsvector(config, col) serves.
 */
static void
search_sql(QStatement *st, StringInfo out, QFilter *and, int i, const char *alias)
{
	QFilter    *f = and->children.items[i];
	StringInfoData cols;
	int			k,
				n = 1;

	initStringInfo(&cols);
	appendStringInfoString(&cols, query_column_sql(alias, f->field));
	for (k = i + 1; k < and->children.len; k++)
		if (is_search(and->children.items[k]) && merged_search(and, k) == i)
		{
			appendStringInfo(&cols, ", %s", query_column_sql(alias, ((QFilter *) and->children.items[k])->field));
			n++;
		}
	if (n > 1)
		search_match_sql(st, out, f, alias, psprintf("pg_catalog.concat_ws(' ', %s)", cols.data), false);
	else
		search_match_sql(st, out, f, alias, cols.data, f->field->arity == PSL_OPTIONAL);
}

/* A filter under `reverse` (an odd number of NOTs above it, for Json's type conditions). */
static void
filter_sql(QStatement *st, StringInfo out, QFilter *f, const char *alias, int *next_alias, bool reverse)
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
					QFilter    *child = f->children.items[i];

					if (filter_is_noop(child) ||
						(f->kind == QF_AND && is_search(child) && merged_search(f, i) >= 0))
						continue;
					appendStringInfoString(out, first ? (f->kind == QF_NOT ? "NOT (" : "(") : sep);
					first = false;
					if (f->kind == QF_AND && is_search(child))
						search_sql(st, out, f, i, alias);
					else
						filter_sql(st, out, child, alias, next_alias, reverse != (f->kind == QF_NOT));
				}
				if (first)
					appendStringInfoString(out, f->kind == QF_OR ? "false" : "true");
				else
					appendStringInfoChar(out, ')');
			}
			return;
		case QF_SCALAR:
			scalar_sql(st, out, f, alias, reverse);
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

void
query_filter_sql(QStatement *st, StringInfo out, QFilter *f, const char *alias, int *next_alias)
{
	filter_sql(st, out, f, alias, next_alias, false);
}
