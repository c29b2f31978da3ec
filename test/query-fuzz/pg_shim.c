/*
 * pg_shim.c
 *		The few server functions the query front end (document -> validated
 *		query tree -> SQL) calls, for running it outside the server in
 *		fuzz_query.c: palloc that frees everything at the end of an input,
 *		StringInfo, ereport that longjmps to the harness, quoting, and stubs
 *		for the catalog lookups (no citext extension is installed).
 *
 * Only what the fuzz target needs; each function keeps the server's
 * contract where the front end depends on it (palloc never returns NULL,
 * ereport(ERROR) does not return, a StringInfo is NUL-terminated).
 */
#include "postgres.h"

#include <sys/random.h>
#include <sys/time.h>
#include <time.h>

#include "access/genam.h"
#include "access/table.h"
#include "common/hashfn.h"
#include "commands/extension.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/json.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "pg_shim.h"

/*---- globals the front end reads ----*/

sigjmp_buf *PG_exception_stack = NULL;
ErrorContextCallback *error_context_stack = NULL;
volatile sig_atomic_t InterruptPending = false;
int			MyProcPid = 1;
int			prisma_max_depth = 10;

void
ProcessInterrupts(void)
{
}

/*---- palloc: every block on one list, freed at the end of an input ----*/

typedef struct Block
{
	struct Block *prev;
	struct Block *next;
	size_t		size;
	max_align_t align[];		/* the caller's memory */
} Block;

static Block blocks = {&blocks, &blocks, 0};

/* A new block of size bytes on the list. */
static void *
block_alloc(size_t size, bool zero)
{
	Block	   *b = zero ? calloc(1, sizeof(Block) + size) : malloc(sizeof(Block) + size);

	if (b == NULL)
		abort();
	b->size = size;
	b->next = blocks.next;
	b->prev = &blocks;
	blocks.next->prev = b;
	blocks.next = b;
	return b->align;
}

static Block *
block_of(void *p)
{
	return (Block *) ((char *) p - offsetof(Block, align));
}

void
shim_free_all(void)
{
	while (blocks.next != &blocks)
	{
		Block	   *b = blocks.next;

		blocks.next = b->next;
		free(b);
	}
	blocks.prev = &blocks;
}

void *
palloc(Size size)
{
	return block_alloc(size, false);
}

void *
palloc0(Size size)
{
	return block_alloc(size, true);
}

void
pfree(void *p)
{
	Block	   *b = block_of(p);

	b->prev->next = b->next;
	b->next->prev = b->prev;
	free(b);
}

void *
repalloc(void *p, Size size)
{
	void	   *q = palloc(size);

	memcpy(q, p, Min(size, block_of(p)->size));
	pfree(p);
	return q;
}

char *
pstrdup(const char *s)
{
	return pnstrdup(s, strlen(s));
}

char *
pnstrdup(const char *s, Size len)
{
	char	   *out;

	len = strnlen(s, len);
	out = palloc(len + 1);
	memcpy(out, s, len);
	out[len] = '\0';
	return out;
}

/*---- formatting: libc's printf in place of the server's ----*/

#undef vsnprintf
#undef fprintf
#undef vfprintf

int
pg_vsnprintf(char *str, size_t count, const char *fmt, va_list args)
{
	return vsnprintf(str, count, fmt, args);
}

int
pg_fprintf(FILE *stream, const char *fmt,...)
{
	va_list		args;
	int			n;

	va_start(args, fmt);
	n = vfprintf(stream, fmt, args);
	va_end(args);
	return n;
}

int
pg_snprintf(char *str, size_t count, const char *fmt,...)
{
	va_list		args;
	int			n;

	va_start(args, fmt);
	n = vsnprintf(str, count, fmt, args);
	va_end(args);
	return n;
}

/* vsnprintf into palloc'd memory. */
static char *
format_va(const char *fmt, va_list args)
{
	va_list		again;
	int			n;
	char	   *out;

	va_copy(again, args);
	n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	out = palloc(n + 1);
	vsnprintf(out, n + 1, fmt, args);
	return out;
}

char *
psprintf(const char *fmt,...)
{
	va_list		args;
	char	   *out;

	va_start(args, fmt);
	out = format_va(fmt, args);
	va_end(args);
	return out;
}

/*---- StringInfo ----*/

void
initStringInfo(StringInfo str)
{
	str->maxlen = 1024;
	str->data = palloc(str->maxlen);
	resetStringInfo(str);
}

void
resetStringInfo(StringInfo str)
{
	str->data[0] = '\0';
	str->len = 0;
	str->cursor = 0;
}

void
enlargeStringInfo(StringInfo str, int needed)
{
	int			newlen;

	if (needed < 0 || (Size) needed >= MaxAllocSize - (Size) str->len)
		elog(ERROR, "out of memory");
	needed += str->len + 1;
	if (needed <= str->maxlen)
		return;
	newlen = 2 * str->maxlen;
	while (needed > newlen)
		newlen = 2 * newlen;
	str->data = repalloc(str->data, newlen);
	str->maxlen = newlen;
}

void
appendBinaryStringInfo(StringInfo str, const char *data, int datalen)
{
	enlargeStringInfo(str, datalen);
	memcpy(str->data + str->len, data, datalen);
	str->len += datalen;
	str->data[str->len] = '\0';
}

void
appendStringInfoString(StringInfo str, const char *s)
{
	appendBinaryStringInfo(str, s, strlen(s));
}

void
appendStringInfoChar(StringInfo str, char ch)
{
	appendBinaryStringInfo(str, &ch, 1);
}

int
appendStringInfoVA(StringInfo str, const char *fmt, va_list args)
{
	char	   *s = format_va(fmt, args);

	appendStringInfoString(str, s);
	pfree(s);
	return 0;
}

void
appendStringInfo(StringInfo str, const char *fmt,...)
{
	va_list		args;

	va_start(args, fmt);
	appendStringInfoVA(str, fmt, args);
	va_end(args);
}

/*---- ereport ----*/

static int	error_level;
static char *error_message;

bool
errstart(int elevel, const char *domain)
{
	(void) domain;
	error_level = elevel;
	error_message = NULL;
	return elevel >= ERROR;		/* notices and logs are not reported */
}

bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

void
errfinish(const char *filename, int lineno, const char *funcname)
{
	(void) filename;
	(void) lineno;
	(void) funcname;
	if (getenv("FUZZ_QUERY_VERBOSE"))
		fprintf(stderr, "ERROR: %s\n", error_message ? error_message : "(no message)");
	if (error_level >= ERROR)
	{
		if (PG_exception_stack == NULL)
			abort();
		siglongjmp(*PG_exception_stack, 1);
	}
}

int
errcode(int sqlerrcode)
{
	(void) sqlerrcode;
	return 0;
}

/*
 * errmsg and its kin format their text (so a bad format is still found);
 * the message is kept for FUZZ_QUERY_VERBOSE, the rest dropped.
 */
#define ERROR_TEXT_FUNCTION(name, keep) \
int \
name(const char *fmt,...) \
{ \
	va_list		args; \
	char	   *text; \
 \
	va_start(args, fmt); \
	text = format_va(fmt, args); \
	va_end(args); \
	if (keep) \
		error_message = text; \
	else \
		pfree(text); \
	return 0; \
}

ERROR_TEXT_FUNCTION(errmsg, true)
ERROR_TEXT_FUNCTION(errmsg_internal, true)
ERROR_TEXT_FUNCTION(errdetail, false)
ERROR_TEXT_FUNCTION(errhint, false)

char *
unpack_sql_state(int sql_state)
{
	static char buf[12];
	int			i;

	for (i = 0; i < 5; i++)
	{
		buf[i] = PGUNSIXBIT(sql_state);
		sql_state >>= 6;
	}
	buf[i] = '\0';
	return buf;
}

/* The front end's recursion is bounded by prisma.max_depth; this is the server's own guard. */
static char *stack_base;

void
shim_set_stack_base(char *base)
{
	stack_base = base;
}

void
check_stack_depth(void)
{
	char		here;

	if (stack_base && labs((long) (stack_base - &here)) > 2 * 1024 * 1024 - 256 * 1024)
		ereport(ERROR, (errcode(ERRCODE_STATEMENT_TOO_COMPLEX), errmsg("stack depth limit exceeded")));
}

/*---- text ----*/

int
pg_strcasecmp(const char *s1, const char *s2)
{
	return strcasecmp(s1, s2);
}

unsigned char
pg_tolower(unsigned char ch)
{
	return (ch >= 'A' && ch <= 'Z') ? ch + ('a' - 'A') : ch;
}

/* Double quotes unless the name is lower-case letters, digits and _ (keywords are not known here). */
const char *
quote_identifier(const char *ident)
{
	const char *p;
	bool		safe = (ident[0] >= 'a' && ident[0] <= 'z') || ident[0] == '_';
	StringInfoData out;

	for (p = ident; *p && safe; p++)
		safe = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_';
	if (safe)
		return ident;
	initStringInfo(&out);
	appendStringInfoChar(&out, '"');
	for (p = ident; *p; p++)
	{
		if (*p == '"')
			appendStringInfoChar(&out, '"');
		appendStringInfoChar(&out, *p);
	}
	appendStringInfoChar(&out, '"');
	return out.data;
}

char *
quote_literal_cstr(const char *rawstr)
{
	StringInfoData out;
	const char *p;

	initStringInfo(&out);
	if (strchr(rawstr, '\\'))
		appendStringInfoChar(&out, 'E');
	appendStringInfoChar(&out, '\'');
	for (p = rawstr; *p; p++)
	{
		if (*p == '\'' || *p == '\\')
			appendStringInfoChar(&out, *p);
		appendStringInfoChar(&out, *p);
	}
	appendStringInfoChar(&out, '\'');
	return out.data;
}

void
escape_json(StringInfo buf, const char *str)
{
	const char *p;

	appendStringInfoChar(buf, '"');
	for (p = str; *p; p++)
	{
		switch (*p)
		{
			case '"':
				appendStringInfoString(buf, "\\\"");
				break;
			case '\\':
				appendStringInfoString(buf, "\\\\");
				break;
			case '\n':
				appendStringInfoString(buf, "\\n");
				break;
			default:
				if ((unsigned char) *p < ' ')
					appendStringInfo(buf, "\\u%04x", (int) *p);
				else
					appendStringInfoChar(buf, *p);
		}
	}
	appendStringInfoChar(buf, '"');
}

/*---- time and randomness ----*/

TimestampTz
GetCurrentTimestamp(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return ((TimestampTz) tv.tv_sec - ((POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)) * USECS_PER_SEC + tv.tv_usec;
}

int
timestamp2tm(Timestamp dt, int *tzp, struct pg_tm *tm, fsec_t *fsec, const char **tzn, pg_tz *attimezone)
{
	time_t		secs = (time_t) (dt / USECS_PER_SEC) + (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY;
	struct tm	t;

	(void) attimezone;
	if (dt < 0 && dt % USECS_PER_SEC)
		secs--;
	gmtime_r(&secs, &t);
	tm->tm_year = t.tm_year + 1900;
	tm->tm_mon = t.tm_mon + 1;
	tm->tm_mday = t.tm_mday;
	tm->tm_hour = t.tm_hour;
	tm->tm_min = t.tm_min;
	tm->tm_sec = t.tm_sec;
	*fsec = (fsec_t) (dt - (Timestamp) (secs - (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY) * USECS_PER_SEC);
	if (tzp)
		*tzp = 0;
	if (tzn)
		*tzn = NULL;
	return 0;
}

bool
pg_strong_random(void *buf, size_t len)
{
	return getrandom(buf, len, 0) == (ssize_t) len;
}

/* FNV-1a: the shape key's hash is not looked up outside the server */
uint64
hash_bytes_extended(const unsigned char *k, int keylen, uint64 seed)
{
	uint64		h = 14695981039346656037ULL ^ seed;
	int			i;

	for (i = 0; i < keylen; i++)
		h = (h ^ k[i]) * 1099511628211ULL;
	return h;
}

/*---- catalog lookups: no extension is installed ----*/

const char *
GetConfigOption(const char *name, bool missing_ok, bool restrict_privileged)
{
	(void) missing_ok;
	(void) restrict_privileged;
	return strcmp(name, "default_text_search_config") == 0 ? "pg_catalog.english" : NULL;
}

Oid
get_extension_oid(const char *extname, bool missing_ok)
{
	(void) extname;
	(void) missing_ok;
	return InvalidOid;
}

/* Never reached: they are called only for an installed extension. */
char *
get_namespace_name(Oid nspid)
{
	(void) nspid;
	abort();
}

Relation
table_open(Oid relationId, LOCKMODE lockmode)
{
	(void) relationId;
	(void) lockmode;
	abort();
}

void
table_close(Relation relation, LOCKMODE lockmode)
{
	(void) relation;
	(void) lockmode;
	abort();
}

void
ScanKeyInit(ScanKey entry, AttrNumber attributeNumber, StrategyNumber strategy,
			RegProcedure procedure, Datum argument)
{
	(void) entry;
	(void) attributeNumber;
	(void) strategy;
	(void) procedure;
	(void) argument;
	abort();
}

SysScanDesc
systable_beginscan(Relation heapRelation, Oid indexId, bool indexOK, Snapshot snapshot,
				   int nkeys, ScanKey key)
{
	(void) heapRelation;
	(void) indexId;
	(void) indexOK;
	(void) snapshot;
	(void) nkeys;
	(void) key;
	abort();
}

HeapTuple
systable_getnext(SysScanDesc sysscan)
{
	(void) sysscan;
	abort();
}

void
systable_endscan(SysScanDesc sysscan)
{
	(void) sysscan;
	abort();
}
