/*
 * psl_datetime.c
 *		RFC 3339 date-times, read the way Prisma reads them.
 *
 * Prisma parses DateTime values, both `@default("...")` in a schema and
 * query arguments, with chrono's parse_from_rfc3339, and its error texts
 * name chrono's error kinds ("premature end of input", "input is out of
 * range", ...).  This reader follows chrono step by step so that the same
 * input fails with the same kind: fields are scanned left to right, each
 * range-checked as it is read, and the calendar date is checked last.
 */
#include "psl_schema.h"

#include <string.h>

/* Scan exactly ndigits digits (chrono's scan::number with min = max). */
static PslDateTimeError
scan_digits(const char **s, int ndigits, int *out)
{
	const char *p = *s;
	int			i;

	if ((int) strlen(p) < ndigits)
		return PSL_DT_TOO_SHORT;
	*out = 0;
	for (i = 0; i < ndigits; i++)
	{
		if (p[i] < '0' || p[i] > '9')
			return PSL_DT_INVALID;
		*out = *out * 10 + (p[i] - '0');
	}
	*s = p + ndigits;
	return PSL_DT_OK;
}

/* Scan one expected character. */
static PslDateTimeError
scan_char(const char **s, char c)
{
	if (**s == '\0')
		return PSL_DT_TOO_SHORT;
	if (**s != c)
		return PSL_DT_INVALID;
	(*s)++;
	return PSL_DT_OK;
}

/* Scan a number of digits in [lo, hi], as chrono's Parsed setters check it. */
static PslDateTimeError
scan_field(const char **s, int ndigits, int lo, int hi, int *out)
{
	PslDateTimeError e = scan_digits(s, ndigits, out);

	if (e == PSL_DT_OK && (*out < lo || *out > hi))
		return PSL_DT_OUT_OF_RANGE;
	return e;
}

/* Fractional seconds: 1 to 9 digits count, further digits are skipped. */
static void
scan_fraction(const char **s, int *nanosecond)
{
	const char *p = *s;
	int			n = 0;
	int			scale = 100000000;

	while (*p >= '0' && *p <= '9')
	{
		if (scale > 0)
		{
			n += (*p - '0') * scale;
			scale /= 10;
		}
		p++;
	}
	*nanosecond = n;
	*s = p;
}

/* The zone: Z, z, +HH:MM, -HH:MM or U+2212 MINUS SIGN HH:MM. */
static PslDateTimeError
scan_offset(const char **s, int *offset_seconds)
{
	const char *p = *s;
	int			sign = 1,
				hours,
				minutes;
	PslDateTimeError e;

	*offset_seconds = 0;
	if (*p == 'Z' || *p == 'z')
	{
		*s = p + 1;
		return PSL_DT_OK;
	}
	if (*p == '\0')
		return PSL_DT_TOO_SHORT;
	if (*p == '+')
		p++;
	else if (*p == '-')
	{
		sign = -1;
		p++;
	}
	else if (strncmp(p, "\xE2\x88\x92", 3) == 0)
	{
		sign = -1;
		p += 3;
	}
	else
		return PSL_DT_INVALID;
	if ((e = scan_digits(&p, 2, &hours)) != PSL_DT_OK)
		return e;
	if ((e = scan_char(&p, ':')) != PSL_DT_OK)
		return e;
	if ((e = scan_digits(&p, 2, &minutes)) != PSL_DT_OK)
		return e;
	if (minutes > 59)
		return PSL_DT_OUT_OF_RANGE;
	/* RFC 3339 offsets stop at 23:59 */
	if (hours > 23)
		return PSL_DT_OUT_OF_RANGE;
	*offset_seconds = sign * (hours * 3600 + minutes * 60);
	*s = p;
	return PSL_DT_OK;
}

/* Days in a month of the proleptic Gregorian calendar. */
static int
days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/*
 * Parse s as an RFC 3339 date-time: YYYY-MM-DD, then 'T', 't' or ' ', then
 * hh:mm:ss with an optional fraction, then a zone.  Fills *out on success.
 */
PslDateTimeError
psl_parse_datetime(const char *s, PslDateTime *out)
{
	const char *p = s;
	PslDateTimeError e;

	memset(out, 0, sizeof(*out));
	if ((e = scan_digits(&p, 4, &out->year)) != PSL_DT_OK ||
		(e = scan_char(&p, '-')) != PSL_DT_OK ||
		(e = scan_field(&p, 2, 1, 12, &out->month)) != PSL_DT_OK ||
		(e = scan_char(&p, '-')) != PSL_DT_OK ||
		(e = scan_field(&p, 2, 1, 31, &out->day)) != PSL_DT_OK)
		return e;
	if (*p == '\0')
		return PSL_DT_TOO_SHORT;
	if (*p != 'T' && *p != 't' && *p != ' ')
		return PSL_DT_INVALID;
	p++;
	if ((e = scan_field(&p, 2, 0, 23, &out->hour)) != PSL_DT_OK ||
		(e = scan_char(&p, ':')) != PSL_DT_OK ||
		(e = scan_field(&p, 2, 0, 59, &out->minute)) != PSL_DT_OK ||
		(e = scan_char(&p, ':')) != PSL_DT_OK ||
		(e = scan_field(&p, 2, 0, 60, &out->second)) != PSL_DT_OK)
		return e;
	if (*p == '.')
	{
		p++;
		if (*p == '\0')
			return PSL_DT_TOO_SHORT;
		if (*p < '0' || *p > '9')
			return PSL_DT_INVALID;
		scan_fraction(&p, &out->nanosecond);
	}
	if ((e = scan_offset(&p, &out->offset_seconds)) != PSL_DT_OK)
		return e;
	if (*p != '\0')
		return PSL_DT_TOO_LONG;
	if (out->day > days_in_month(out->year, out->month))
		return PSL_DT_OUT_OF_RANGE;
	return PSL_DT_OK;
}

/* chrono's text for an error kind, as Prisma's messages quote it. */
const char *
psl_datetime_error_text(PslDateTimeError e)
{
	switch (e)
	{
		case PSL_DT_OK:
			break;
		case PSL_DT_TOO_SHORT:
			return "premature end of input";
		case PSL_DT_INVALID:
			return "input contains invalid characters";
		case PSL_DT_OUT_OF_RANGE:
			return "input is out of range";
		case PSL_DT_TOO_LONG:
			return "trailing input";
	}
	return "";
}
