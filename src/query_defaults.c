/*
 * query_defaults.c
 *		The values Prisma Client generates itself for a created record:
 *		uuid() (v4, v7), cuid() (v1, v2), nanoid(n), ulid(), and the
 *		timestamp of @updatedAt.
 *
 * Every random bit comes from pg_strong_random.  Database defaults
 * (autoincrement(), now(), dbgenerated()) are left to the database.
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "miscadmin.h"
#include "port.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "query.h"

static const char base36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* n random bytes, or an error when the system has no strong source. */
static void
random_bytes(uint8 *buf, int n)
{
	if (!pg_strong_random(buf, n))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not generate a random value for a default")));
}

/* Milliseconds since the Unix epoch. */
static uint64
unix_millis(void)
{
	TimestampTz now = GetCurrentTimestamp();

	return (uint64) (now / 1000 + (int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY * 1000);
}

/* The canonical 8-4-4-4-12 text of 16 bytes. */
static char *
uuid_text(const uint8 *b)
{
	return psprintf("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
					b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
					b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

/* RFC 9562 UUID version 4 (random) or 7 (Unix milliseconds, then random). */
static char *
generate_uuid(int version)
{
	uint8		b[16];

	random_bytes(b, sizeof(b));
	if (version == 7)
	{
		uint64		ms = unix_millis();
		int			i;

		for (i = 0; i < 6; i++)
			b[i] = (uint8) (ms >> (8 * (5 - i)));
	}
	b[6] = (uint8) ((b[6] & 0x0f) | (version == 7 ? 0x70 : 0x40));
	b[8] = (uint8) ((b[8] & 0x3f) | 0x80);
	return uuid_text(b);
}

/* `width` base-36 digits of v, most significant first (cut or zero-padded). */
static void
append_base36(StringInfo out, uint64 v, int width)
{
	char		digits[16];
	int			i;

	for (i = width - 1; i >= 0; i--)
	{
		digits[i] = base36[v % 36];
		v /= 36;
	}
	appendBinaryStringInfo(out, digits, width);
}

/*
 * cuid v1: "c", 8 digits of time, 4 of a per-backend counter, 4 of a
 * fingerprint (the process id) and 8 random: 25 characters.
 */
static char *
generate_cuid1(void)
{
	static uint32 counter = 0;
	StringInfoData out;
	uint32		r[2];

	if (counter == 0)
		random_bytes((uint8 *) &counter, sizeof(counter));
	random_bytes((uint8 *) r, sizeof(r));
	initStringInfo(&out);
	appendStringInfoChar(&out, 'c');
	append_base36(&out, unix_millis(), 8);
	append_base36(&out, counter++ % (36 * 36 * 36 * 36), 4);
	append_base36(&out, (uint64) MyProcPid, 4);
	append_base36(&out, r[0], 4);
	append_base36(&out, r[1], 4);
	return out.data;
}

/* `n` characters drawn uniformly from `alphabet` (rejection sampling). */
static void
append_random_chars(StringInfo out, const char *alphabet, int n)
{
	int			size = strlen(alphabet);
	int			limit = 256 - 256 % size;

	while (n > 0)
	{
		uint8		b[64];
		int			i;

		random_bytes(b, sizeof(b));
		for (i = 0; i < (int) sizeof(b) && n > 0; i++)
			if (b[i] < limit)
			{
				appendStringInfoChar(out, alphabet[b[i] % size]);
				n--;
			}
	}
}

/* cuid v2's shape: a lower-case letter, then 23 base-36 characters. */
static char *
generate_cuid2(void)
{
	StringInfoData out;

	initStringInfo(&out);
	append_random_chars(&out, "abcdefghijklmnopqrstuvwxyz", 1);
	append_random_chars(&out, base36, 23);
	return out.data;
}

/* nanoid: `length` characters (21 by default) of the URL-safe alphabet. */
static char *
generate_nanoid(int length)
{
	StringInfoData out;

	initStringInfo(&out);
	append_random_chars(&out, "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
						length > 0 ? length : 21);
	return out.data;
}

/* ulid: 48 bits of Unix milliseconds, 80 random bits, in Crockford base 32. */
static char *
generate_ulid(void)
{
	static const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	uint8		b[16];
	uint64		ms = unix_millis();
	StringInfoData out;
	int			bit,
				i;

	random_bytes(b + 6, 10);
	for (i = 0; i < 6; i++)
		b[i] = (uint8) (ms >> (8 * (5 - i)));
	initStringInfo(&out);
	/* 26 digits of 5 bits over 130 bits: the two leading bits are zero */
	for (bit = -2; bit < 128; bit += 5)
	{
		int			v = 0,
					k;

		for (k = 0; k < 5; k++)
		{
			int			at = bit + k;

			v = (v << 1) | (at >= 0 ? (b[at / 8] >> (7 - at % 8)) & 1 : 0);
		}
		appendStringInfoChar(&out, crockford[v]);
	}
	return out.data;
}

/* The value Prisma generates for a default, or NULL when the database fills it in. */
char *
query_generate_default(PslDefault *def)
{
	switch (def->kind)
	{
		case PSL_DEFAULT_UUID:
			return generate_uuid(def->version == 7 ? 7 : 4);
		case PSL_DEFAULT_CUID:
			return def->version == 2 ? generate_cuid2() : generate_cuid1();
		case PSL_DEFAULT_NANOID:
			return generate_nanoid(def->length);
		case PSL_DEFAULT_ULID:
			return generate_ulid();
		default:
			return NULL;
	}
}

/* The current time as Prisma writes @updatedAt: ISO 8601 UTC, milliseconds. */
char *
query_now_text(void)
{
	TimestampTz now = GetCurrentTimestamp();
	struct pg_tm tm;
	fsec_t		fsec;

	if (timestamp2tm(now, NULL, &tm, &fsec, NULL, NULL) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("the current time is out of range")));
	return psprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year, tm.tm_mon, tm.tm_mday,
					tm.tm_hour, tm.tm_min, tm.tm_sec, (int) (fsec / 1000));
}
