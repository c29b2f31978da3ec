/*
 * query_json.c
 *		The JSON builders that compiled reads call: prisma._json_agg (a
 *		relation's rows as an array) and prisma._json_object (a row's object
 *		when it holds relations); and the appends query_exec.c builds a
 *		result with.
 *
 * They write what PostgreSQL's json_agg and json_build_object write, byte
 * for byte, but they take each json value's text as it stands, where
 * json_agg and json_build_object print it, measure it and copy it twice
 * more.  A large value is copied in slices, with a check for interrupts
 * between them: the JSON of a relation of hundreds of thousands of rows is
 * tens of megabytes, and its copies are the last part of a nested read, so
 * a cancel or statement_timeout that arrives then is acted on at once
 * instead of after every copy (PostgreSQL's own functions do not check).
 */
#include "postgres.h"

#include "catalog/pg_type_d.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/json.h"

#include "query.h"

PG_FUNCTION_INFO_V1(prisma_json_agg_transfn);
PG_FUNCTION_INFO_V1(prisma_json_agg_finalfn);
PG_FUNCTION_INFO_V1(prisma_json_object);

/* How much is copied between two checks for interrupts. */
#define JSON_COPY_SLICE (1024 * 1024)

/* Copy len bytes to dst a slice at a time, checking for interrupts between slices. */
static void
copy_interruptible(char *dst, const char *src, Size len)
{
	while (len > JSON_COPY_SLICE)
	{
		memcpy(dst, src, JSON_COPY_SLICE);
		dst += JSON_COPY_SLICE;
		src += JSON_COPY_SLICE;
		len -= JSON_COPY_SLICE;
		CHECK_FOR_INTERRUPTS();
	}
	memcpy(dst, src, len);
}

/* Append len bytes to buf (see copy_interruptible). */
void
query_append_interruptible(StringInfo buf, const char *data, Size len)
{
	enlargeStringInfo(buf, (int) len);
	copy_interruptible(buf->data + buf->len, data, len);
	buf->len += (int) len;
	buf->data[buf->len] = '\0';
}

/* Start buf as the text of a varlena: VARHDRSZ bytes kept for its header. */
void
query_init_text_buffer(StringInfo buf)
{
	initStringInfo(buf);
	appendStringInfoSpaces(buf, VARHDRSZ);
}

/* The text that buf holds (see query_init_text_buffer), as it stands. */
text *
query_text_buffer_result(StringInfo buf)
{
	SET_VARSIZE(buf->data, buf->len);
	return (text *) buf->data;
}

/* Append a json value's text to buf, "null" for SQL NULL. */
void
query_append_json(StringInfo buf, Datum value, bool isnull)
{
	text	   *t;

	if (isnull)
	{
		appendStringInfoString(buf, "null");
		return;
	}
	t = DatumGetTextPP(value);
	query_append_interruptible(buf, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

/*
 * prisma._json_agg(json) transition: '[' before the first value, ", "
 * before every other (as json_agg writes them).
 */
Datum
prisma_json_agg_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	StringInfo	state;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("prisma._json_agg_transfn can only be called as an aggregate")));
	if (PG_ARGISNULL(0))
	{
		MemoryContext old = MemoryContextSwitchTo(aggcontext);

		state = makeStringInfo();
		MemoryContextSwitchTo(old);
		appendStringInfoChar(state, '[');
	}
	else
	{
		state = (StringInfo) PG_GETARG_POINTER(0);
		appendStringInfoString(state, ", ");
	}
	query_append_json(state, PG_GETARG_DATUM(1), PG_ARGISNULL(1));
	PG_RETURN_POINTER(state);
}

/* prisma._json_agg(json) final: the array (NULL for no rows, as json_agg). */
Datum
prisma_json_agg_finalfn(PG_FUNCTION_ARGS)
{
	StringInfo	state;
	text	   *result;

	if (!AggCheckCallContext(fcinfo, NULL))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("prisma._json_agg_finalfn can only be called as an aggregate")));
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (StringInfo) PG_GETARG_POINTER(0);
	result = (text *) palloc(VARHDRSZ + state->len + 1);
	SET_VARSIZE(result, VARHDRSZ + state->len + 1);
	copy_interruptible(VARDATA(result), state->data, state->len);
	VARDATA(result)[state->len] = ']';
	PG_RETURN_TEXT_P(result);
}

/*
 * The members of a json object's text, as json_build_object writes it:
 * what is between its braces, as it stands (a Json column's value inside
 * keeps its own spacing); NULL for an empty object.
 */
static const char *
object_members(text *object, Size *len)
{
	const char *s = VARDATA_ANY(object);
	Size		n = VARSIZE_ANY_EXHDR(object);

	if (n < 2 || s[0] != '{' || s[n - 1] != '}')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("prisma._json_object: a member list must be a JSON object as json_build_object writes it")));
	*len = n - 2;
	return n > 2 ? s + 1 : NULL;
}

/*
 * prisma._json_object(VARIADIC "any"): key/value pairs, as json_build_object
 * writes them, where every value is json; a NULL key splices the members of
 * its value, a JSON object (the scalar fields between two relations, built
 * by json_build_object).
 */
Datum
prisma_json_object(PG_FUNCTION_ARGS)
{
	Datum	   *args;
	Oid		   *types;
	bool	   *nulls;
	int			nargs = extract_variadic_args(fcinfo, 0, true, &args, &types, &nulls);
	StringInfoData buf;
	const char *sep = "";
	int			i;

	if (nargs < 0 || nargs % 2 != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("prisma._json_object takes pairs of a key and a json value")));
	query_init_text_buffer(&buf);
	appendStringInfoChar(&buf, '{');
	for (i = 0; i < nargs; i += 2)
	{
		if (types[i] != TEXTOID || types[i + 1] != JSONOID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("prisma._json_object takes pairs of a text key and a json value")));
		if (nulls[i])
		{
			Size		len;
			const char *members = nulls[i + 1] ? NULL : object_members(DatumGetTextPP(args[i + 1]), &len);

			if (members == NULL)
				continue;
			appendStringInfoString(&buf, sep);
			query_append_interruptible(&buf, members, len);
		}
		else
		{
			appendStringInfoString(&buf, sep);
			escape_json(&buf, TextDatumGetCString(args[i]));
			appendStringInfoString(&buf, " : ");
			query_append_json(&buf, args[i + 1], nulls[i + 1]);
		}
		sep = ", ";
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_TEXT_P(query_text_buffer_result(&buf));
}
