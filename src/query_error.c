/*
 * query_error.c
 *		Errors of the query engine, the way Prisma reports them.
 *
 * Every error is an ERROR whose message starts with Prisma's code and
 * whose DETAIL is a JSON object {"code": ..., "meta": {...}} (SPEC §3).
 * Document validation errors carry the path to the offending argument
 * (`findMany.where.author.is.emial`), SQLSTATE 22023 and Prisma's P2009.
 * Errors PostgreSQL raises while running a compiled statement are given
 * the code and text Prisma 7 gives them, keeping their SQLSTATE.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/json.h"

#include <limits.h>

#include "query.h"

/* Append ".segment" to the validation path. */
void
query_path_push(QContext *cx, const char *segment)
{
	if (cx->path.len > 0)
		appendStringInfoChar(&cx->path, '.');
	appendStringInfoString(&cx->path, segment);
}

/* Cut the path back to an earlier length. */
void
query_path_pop(QContext *cx, int saved_len)
{
	cx->path.len = saved_len;
	cx->path.data[saved_len] = '\0';
}

/* JSON string literal of s (for DETAIL objects). */
static char *
json_quote(const char *s)
{
	StringInfoData buf;

	initStringInfo(&buf);
	escape_json(&buf, s);
	return buf.data;
}

void
query_validation_error(QContext *cx, const char *fmt,...)
{
	StringInfoData msg;

	initStringInfo(&msg);
	for (;;)
	{
		va_list		args;
		int			needed;

		va_start(args, fmt);
		needed = appendStringInfoVA(&msg, fmt, args);
		va_end(args);
		if (needed == 0)
			break;
		enlargeStringInfo(&msg, needed);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("P2009: %s", msg.data),
			 errdetail("{\"code\":\"P2009\",\"meta\":{\"path\":%s,\"message\":%s}}",
					   json_quote(cx->path.data), json_quote(msg.data))));
	pg_unreachable();
}

/* Levenshtein distance, for "Did you mean" suggestions. */
static int
edit_distance(const char *a, const char *b)
{
	int			la = strlen(a),
				lb = strlen(b);
	int		   *prev = palloc(sizeof(int) * (lb + 1));
	int		   *cur = palloc(sizeof(int) * (lb + 1));
	int			i,
				j,
				result;

	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++)
	{
		int		   *tmp;

		cur[0] = i;
		for (j = 1; j <= lb; j++)
		{
			int			sub = prev[j - 1] + (pg_tolower((unsigned char) a[i - 1]) !=
											 pg_tolower((unsigned char) b[j - 1]));
			int			del = prev[j] + 1;
			int			ins = cur[j - 1] + 1;

			cur[j] = Min(sub, Min(del, ins));
		}
		tmp = prev;
		prev = cur;
		cur = tmp;
	}
	result = prev[lb];
	pfree(prev);
	pfree(cur);
	return result;
}

/* The candidate closest to name, or NULL when none is close enough. */
static const char *
closest_name(const char *name, const char *const *candidates, int ncandidates)
{
	const char *best = NULL;
	int			best_distance = INT_MAX;
	int			i;

	for (i = 0; i < ncandidates; i++)
	{
		int			d = edit_distance(name, candidates[i]);

		if (d < best_distance)
		{
			best_distance = d;
			best = candidates[i];
		}
	}
	return best && best_distance <= Max(2, (int) strlen(name) / 3) ? best : NULL;
}

void
query_unknown_argument(QContext *cx, const char *name, const char *const *candidates,
					   int ncandidates)
{
	const char *best = closest_name(name, candidates, ncandidates);
	char	   *where = pstrdup(cx->path.data);

	query_path_push(cx, name);
	if (best)
		query_validation_error(cx, "Unknown argument `%s` at `%s`. Did you mean `%s`?",
							   name, where, best);
	query_validation_error(cx, "Unknown argument `%s` at `%s`.", name, where);
}

void
query_unknown_name(QContext *cx, const char *what, const char *name,
				   const char *const *candidates, int ncandidates)
{
	const char *best = closest_name(name, candidates, ncandidates);

	resetStringInfo(&cx->path);
	appendStringInfoString(&cx->path, what);
	if (best)
		query_validation_error(cx, "Unknown %s `%s`. Did you mean `%s`?", what, name, best);
	query_validation_error(cx, "Unknown %s `%s`.", what, name);
}

/*
 * A feature a later issue builds: a clear error, never a wrong answer.
 * subject reads "Json filters are", "ordering by `_relevance` is".
 */
void
query_not_supported(QContext *cx, const char *subject)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("P2009: %s not supported yet (at `%s`)", subject, cx->path.data),
			 errdetail("{\"code\":\"P2009\",\"meta\":{\"path\":%s,\"notSupported\":true}}",
					   json_quote(cx->path.data))));
	pg_unreachable();
}

/* P2025 for the OrThrow actions, with Prisma 7's wording. */
void
query_raise_not_found(QDocument *doc)
{
	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA_FOUND),
			 errmsg("P2025: An operation failed because it depends on one or more records that were required but not found. No record was found for a query."),
			 errdetail("{\"code\":\"P2025\",\"meta\":{\"modelName\":%s,\"operation\":\"a query\"}}",
					   json_quote(doc->model->name))));
	pg_unreachable();
}

/*
 * A required argument is absent: a document validation error (P2009), as
 * Prisma's engine reports it, with Prisma Client's text.
 */
void
query_missing_argument(QContext *cx, const char *name)
{
	char	   *msg = psprintf("Argument `%s` is missing.", name);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("P2009: %s", msg),
			 errdetail("{\"code\":\"P2009\",\"meta\":{\"path\":%s,\"message\":%s}}",
					   json_quote(cx->path.data), json_quote(msg))));
	pg_unreachable();
}

/*
 * A value the engine needs is missing: Prisma's P2012 ("Missing a required
 * value"), for a field of a compound unique criterion or a unique criterion
 * given as null.
 */
void
query_missing_value(QContext *cx, const char *name)
{
	char	   *msg = psprintf("A value is required but not set: argument `%s` is missing.", name);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("P2012: %s", msg),
			 errdetail("{\"code\":\"P2012\",\"meta\":{\"path\":%s,\"message\":%s}}",
					   json_quote(cx->path.data), json_quote(msg))));
	pg_unreachable();
}

/* P2019: an input error the engine reports after validation (findFirst's take). */
void
query_input_error(const char *msg)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("P2019: Input error. %s", msg),
			 errdetail("{\"code\":\"P2019\",\"meta\":{\"details\":%s}}", json_quote(msg))));
	pg_unreachable();
}

/* The text between the first two double quotes of s, or NULL. */
static char *
first_quoted(const char *s)
{
	const char *open = strchr(s, '"');
	const char *close = open ? strchr(open + 1, '"') : NULL;

	return close ? pnstrdup(open + 1, close - open - 1) : NULL;
}

/* X of "column X does not exist", with identifier quotes removed. */
static char *
missing_column_name(const char *s)
{
	static const char prefix[] = "column ";
	static const char suffix[] = " does not exist";
	size_t		len = strlen(s);
	StringInfoData out;
	const char *p;
	const char *end;

	if (len <= strlen(prefix) + strlen(suffix) || strncmp(s, prefix, strlen(prefix)) != 0 ||
		strcmp(s + len - strlen(suffix), suffix) != 0)
		return NULL;
	initStringInfo(&out);
	end = s + len - strlen(suffix);
	for (p = s + strlen(prefix); p < end; p++)
	{
		if (*p != '"')
			appendStringInfoChar(&out, *p);
		else if (p + 1 < end && p[1] == '"')
			appendStringInfoChar(&out, *p++);
	}
	return out.data;
}

/* JSON string of s, or null. */
static char *
json_quote_or_null(const char *s)
{
	return s ? json_quote(s) : "null";
}

/* Append ,"key":value (a JSON string, or null) to a cause object's fields. */
static void
add_cause_field(StringInfo fields, const char *key, const char *value)
{
	appendStringInfo(fields, ",\"%s\":%s", key, json_quote_or_null(value));
}

/*
 * The Prisma field names of the unique constraint or index `name` of the
 * schema's models, as a JSON array; NULL when no model has it.
 */
static char *
constraint_fields(PslSchema *schema, const char *name)
{
	int			m,
				i,
				k;

	for (m = 0; name && schema && m < schema->models.len; m++)
	{
		PslModel   *model = schema->models.items[m];

		for (i = -1; i < model->indexes.len; i++)
		{
			PslIndex   *idx = i < 0 ? model->primary_key : model->indexes.items[i];
			StringInfoData out;

			if (idx == NULL || idx->db_name == NULL || strcmp(idx->db_name, name) != 0)
				continue;
			initStringInfo(&out);
			appendStringInfoChar(&out, '[');
			for (k = 0; k < idx->fields.len; k++)
				appendStringInfo(&out, "%s%s", k ? "," : "",
								 json_quote(((PslIndexField *) idx->fields.items[k])->field->name));
			appendStringInfoChar(&out, ']');
			return out.data;
		}
	}
	return NULL;
}

/* The Prisma name of the column `column` of the model's table. */
static const char *
field_of_column(PslModel *model, const char *column)
{
	int			i;

	for (i = 0; column && i < model->fields.len; i++)
	{
		PslField   *f = model->fields.items[i];

		if (f->kind != PSL_FIELD_RELATION && strcmp(f->db_name, column) == 0)
			return f->name;
	}
	return column;
}

/*
 * The error of a step whose row count is not what the write needs: P2025
 * (a record is missing), P2017 (records are not connected), P2018 (a
 * connect found fewer records than it needs), P2014 (a required relation
 * would break).
 */
void
query_raise_check(QStep *step)
{
	const char *code = step->check == QCHECK_FOUND ? "P2025" :
		step->check == QCHECK_CONNECTED ? "P2017" :
		step->check == QCHECK_CONNECTED_AFTER ? "P2018" : "P2014";

	ereport(ERROR,
			(errcode(step->check == QCHECK_EMPTY ? ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION :
					 ERRCODE_NO_DATA_FOUND),
			 errmsg("%s: %s", code, step->check_message),
			 errdetail("{\"code\":\"%s\",\"meta\":{\"modelName\":%s}}", code,
					   json_quote(step->model->name))));
	pg_unreachable();
}

/*
 * Rewrite a PostgreSQL error raised while running a compiled statement the
 * way Prisma 7 reports it: @prisma/adapter-pg sorts the error into a kind,
 * and the client gives each kind a code and a text.  `model` is the model
 * of the step that failed; constraint names are looked up in `schema`.  The
 * SQLSTATE stays, so SQL clients can still act on it; the DETAIL carries
 * Prisma's meta.  Errors outside constraint violations (class 23), data
 * exceptions (22), syntax/access errors (42) and serialization failures
 * and deadlocks (40), such as a cancel or a statement timeout, are left as
 * they are.
 */
bool
query_translate_database_error(ErrorData *edata, PslModel *model, PslSchema *schema)
{
	const char *model_name = model->name;
	const char *sqlstate = unpack_sql_state(edata->sqlerrcode);
	const char *original = edata->message ? edata->message : "";
	const char *code;
	const char *kind;
	char	   *text;
	char	   *name;
	StringInfoData fields,
				meta;

	initStringInfo(&fields);
	initStringInfo(&meta);
	switch (edata->sqlerrcode)
	{
		case ERRCODE_UNIQUE_VIOLATION:
			{
				char	   *target = constraint_fields(schema, edata->constraint_name);

				code = "P2002";
				kind = "UniqueConstraintViolation";
				text = psprintf("Unique constraint failed on the constraint: `%s`",
								edata->constraint_name ? edata->constraint_name : "(not available)");
				add_cause_field(&fields, "constraint", edata->constraint_name);
				/* Prisma 6's meta.target, the fields (prisma/prisma#28953) */
				appendStringInfo(&meta, ",\"target\":%s",
								 target ? target : json_quote_or_null(edata->constraint_name));
				break;
			}
		case ERRCODE_FOREIGN_KEY_VIOLATION:
			code = "P2003";
			kind = "ForeignKeyConstraintViolation";
			text = psprintf("Foreign key constraint violated on the constraint: `%s`",
							edata->constraint_name ? edata->constraint_name : "(not available)");
			add_cause_field(&fields, "constraint", edata->constraint_name);
			appendStringInfo(&meta, ",\"field_name\":%s", json_quote_or_null(edata->constraint_name));
			break;
		case ERRCODE_NOT_NULL_VIOLATION:
			{
				const char *field = field_of_column(model, edata->column_name);

				code = "P2011";
				kind = "NullConstraintViolation";
				text = psprintf("Null constraint violation on the fields: (`%s`)",
								field ? field : "(not available)");
				add_cause_field(&fields, "column", edata->column_name);
				appendStringInfo(&meta, ",\"constraint\":[%s]", json_quote_or_null(field));
				break;
			}
		case ERRCODE_T_R_SERIALIZATION_FAILURE:
		case ERRCODE_T_R_DEADLOCK_DETECTED:
			code = "P2034";
			kind = "TransactionWriteConflict";
			text = pstrdup("Transaction failed due to a write conflict or a deadlock. Please retry your transaction");
			break;
		case ERRCODE_STRING_DATA_RIGHT_TRUNCATION:
			code = "P2000";
			kind = "LengthMismatch";
			text = psprintf("The provided value for the column is too long for the column's type. Column: %s",
							edata->column_name ? edata->column_name : "(not available)");
			add_cause_field(&fields, "column", edata->column_name);
			break;
		case ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE:
			code = "P2020";
			kind = "ValueOutOfRange";
			text = psprintf("Value out of range for the type: %s", original);
			add_cause_field(&fields, "cause", original);
			break;
		case ERRCODE_INVALID_TEXT_REPRESENTATION:
			code = "P2007";
			kind = "InvalidInputValue";
			text = psprintf("Invalid input value: %s", original);
			add_cause_field(&fields, "message", original);
			break;
		case ERRCODE_UNDEFINED_TABLE:
			code = "P2021";
			kind = "TableDoesNotExist";
			name = first_quoted(original);
			text = psprintf("The table `%s` does not exist in the current database.",
							name ? name : "(not available)");
			add_cause_field(&fields, "table", name);
			break;
		case ERRCODE_UNDEFINED_COLUMN:
			code = "P2022";
			kind = "ColumnNotFound";
			name = missing_column_name(original);
			text = psprintf("The column `%s` does not exist in the current database.",
							name ? name : "(not available)");
			add_cause_field(&fields, "column", name);
			break;
		default:
			if (ERRCODE_TO_CATEGORY(edata->sqlerrcode) != ERRCODE_DATA_EXCEPTION &&
				ERRCODE_TO_CATEGORY(edata->sqlerrcode) != ERRCODE_SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION)
				return false;
			/* no kind of its own: Prisma's P2039 quotes the database's code and message */
			code = "P2039";
			kind = "postgres";
			text = psprintf("Database error. Code: `%s`. Message: `%s`", sqlstate, original);
			add_cause_field(&fields, "code", sqlstate);
			add_cause_field(&fields, "severity", "ERROR");
			add_cause_field(&fields, "message", original);
			add_cause_field(&fields, "detail", edata->detail);
			add_cause_field(&fields, "column", edata->column_name);
			add_cause_field(&fields, "hint", edata->hint);
			break;
	}
	edata->detail = psprintf("{\"code\":\"%s\",\"meta\":{\"modelName\":%s%s,\"driverAdapterError\":{\"name\":\"DriverAdapterError\",\"cause\":{\"originalCode\":%s,\"originalMessage\":%s,\"kind\":\"%s\"%s}}}}",
							 code, json_quote(model_name), meta.data, json_quote(sqlstate),
							 json_quote(original), kind, fields.data);
	edata->message = psprintf("%s: %s", code, text);
	return true;
}
