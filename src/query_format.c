/*
 * query_format.c
 *		SQL-callable formatters the compiled statements use to print values
 *		the way Prisma Client does: Decimals like decimal.js and DateTimes as
 *		ISO-8601 UTC with milliseconds.  They are plain functions so the
 *		statement stays one SQL statement, and C so they cost less than the
 *		to_char they replace.
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(prisma_decimal_text);
PG_FUNCTION_INFO_V1(prisma_timestamp_text);

/*
 * prisma._decimal_text(numeric) returns text
 *		A Decimal the way Prisma Client prints it (decimal.js toString):
 *		no trailing zeros, exponent form below 1e-7 and from 1e21 up.
 */
Datum
prisma_decimal_text(PG_FUNCTION_ARGS)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(numeric_out, PG_GETARG_DATUM(0)));
	bool		neg = s[0] == '-';
	char	   *p = neg ? s + 1 : s;
	char	   *dot = strchr(p, '.');
	StringInfoData digits;
	int			intlen,
				lead = 0,
				exp10,
				nd,
				i;
	StringInfoData out;

	if (strcmp(p, "NaN") == 0 || strcmp(p, "Infinity") == 0)
		PG_RETURN_TEXT_P(cstring_to_text(s));
	/* all digits, and where the decimal point falls */
	initStringInfo(&digits);
	intlen = dot ? (int) (dot - p) : (int) strlen(p);
	appendBinaryStringInfo(&digits, p, intlen);
	if (dot)
		appendStringInfoString(&digits, dot + 1);
	while (lead < digits.len && digits.data[lead] == '0')
		lead++;
	nd = digits.len;
	while (nd > lead && digits.data[nd - 1] == '0')
		nd--;
	initStringInfo(&out);
	if (nd == lead)
		PG_RETURN_TEXT_P(cstring_to_text("0"));
	/* exponent of the first significant digit */
	exp10 = intlen - lead - 1;
	if (neg)
		appendStringInfoChar(&out, '-');
	if (exp10 <= -7 || exp10 >= 21)
	{
		appendStringInfoChar(&out, digits.data[lead]);
		if (nd - lead > 1)
		{
			appendStringInfoChar(&out, '.');
			appendBinaryStringInfo(&out, digits.data + lead + 1, nd - lead - 1);
		}
		appendStringInfo(&out, "e%s%d", exp10 >= 0 ? "+" : "", exp10);
	}
	else if (exp10 < 0)
	{
		appendStringInfoString(&out, "0.");
		for (i = 0; i < -exp10 - 1; i++)
			appendStringInfoChar(&out, '0');
		appendBinaryStringInfo(&out, digits.data + lead, nd - lead);
	}
	else
	{
		/* integer part, then the fraction if any significant digits remain */
		int			int_end = lead + exp10 + 1;

		for (i = lead; i < int_end; i++)
			appendStringInfoChar(&out, i < nd ? digits.data[i] : '0');
		if (nd > int_end)
		{
			appendStringInfoChar(&out, '.');
			appendBinaryStringInfo(&out, digits.data + int_end, nd - int_end);
		}
	}
	PG_RETURN_TEXT_P(cstring_to_text(out.data));
}

/*
 * prisma._timestamp_text(timestamp) returns text
 *		'YYYY-MM-DDTHH:MM:SS.mmmZ', the value read as UTC, milliseconds
 *		truncated (as Prisma reads timestamps).  timestamptz values are
 *		passed as timestamps at UTC by the caller.  PostgreSQL's year 0 is
 *		1 BC, as in ISO-8601.
 */
Datum
prisma_timestamp_text(PG_FUNCTION_ARGS)
{
	Timestamp	ts = PG_GETARG_TIMESTAMP(0);
	struct pg_tm tm;
	fsec_t		fsec;
	char		buf[64];

	if (TIMESTAMP_IS_NOBEGIN(ts))
		PG_RETURN_TEXT_P(cstring_to_text("-infinity"));
	if (TIMESTAMP_IS_NOEND(ts))
		PG_RETURN_TEXT_P(cstring_to_text("infinity"));
	if (timestamp2tm(ts, NULL, &tm, &fsec, NULL, NULL) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	/* years as JavaScript's toISOString writes them (year 0 is 1 BC) */
	if (tm.tm_year >= 0 && tm.tm_year <= 9999)
		snprintf(buf, sizeof(buf), "%04d", tm.tm_year);
	else
		snprintf(buf, sizeof(buf), "%c%06d", tm.tm_year < 0 ? '-' : '+', abs(tm.tm_year));
	snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "-%02d-%02dT%02d:%02d:%02d.%03dZ",
			 tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (int) (fsec / 1000));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
