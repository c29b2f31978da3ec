/*
 * query_shape.c
 *		A query document's shape: its JSON with every string and number
 *		replaced by its JSON type (objects, keys, arrays, booleans and nulls
 *		stay), and its leaves, those strings and numbers in walk order.
 *		Worked out from jansson's tree, or from the text of a plain document
 *		without parsing it; the two give the same key and leaves (the query
 *		fuzz target checks it).  The shape cache (query_shape_cache.c) keys
 *		compiled reads by it.
 */
#include "postgres.h"

#include <jansson.h>

#include "common/hashfn.h"
#include "miscadmin.h"

#include "query.h"

/* Nesting and keys per object the text scan follows; beyond, a document is not plain. */
#define TEXT_SHAPE_MAX_DEPTH 32
#define TEXT_SHAPE_MAX_KEYS 32

/* Append a length-prefixed string to the shape key. */
static void
append_counted(StringInfo key, const char *s, size_t len)
{
	uint32		n = (uint32) len;

	appendBinaryStringInfo(key, (const char *) &n, sizeof(n));
	appendBinaryStringInfo(key, s, (int) len);
}

/* Append the shape of v to the key, collecting its leaves. */
static void
walk_shape(QShape *shape, json_t *v)
{
	StringInfo	key = &shape->key;

	switch (json_typeof(v))
	{
		case JSON_OBJECT:
			{
				const char *k;
				size_t		klen;
				json_t	   *member;

				appendStringInfoChar(key, '{');
				json_object_keylen_foreach(v, k, klen, member)
				{
					append_counted(key, k, klen);
					walk_shape(shape, member);
				}
				appendStringInfoChar(key, '}');
				break;
			}
		case JSON_ARRAY:
			{
				size_t		i;

				appendStringInfoChar(key, '[');
				for (i = 0; i < json_array_size(v); i++)
					walk_shape(shape, json_array_get(v, i));
				appendStringInfoChar(key, ']');
				break;
			}
		case JSON_STRING:
		case JSON_INTEGER:
		case JSON_REAL:
			appendStringInfoChar(key, json_is_string(v) ? 's' : json_is_integer(v) ? 'i' : 'r');
			if (shape->nleaves < QSHAPE_MAX_LEAVES)
				shape->leaves[shape->nleaves] = v;
			else
				shape->cacheable = false;
			shape->nleaves++;
			break;
		case JSON_TRUE:
			appendStringInfoChar(key, 't');
			break;
		case JSON_FALSE:
			appendStringInfoChar(key, 'f');
			break;
		case JSON_NULL:
			appendStringInfoChar(key, 'n');
			break;
	}
}

/* The shape of a parsed document; shape->cacheable false when it has too many leaves. */
void
query_shape_of_tree(QShape *shape, json_t *doc)
{
	initStringInfo(&shape->key);
	shape->nleaves = 0;
	shape->cacheable = true;
	walk_shape(shape, doc);
	shape->hash = hash_bytes_extended((const unsigned char *) shape->key.data, shape->key.len, 0);
}

static const char *
skip_space(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/*
 * A plain string at *p ('"', printable ASCII without backslashes, '"'): its
 * text and length, *p moved past it; false for anything else.
 */
static bool
scan_plain_string(const char **p, const char *end, const char **text, int *len)
{
	const char *s = *p + 1;
	const char *q = s;

	if (*p >= end || **p != '"')
		return false;
	while (q < end && *q != '"')
	{
		if (*q == '\\' || (unsigned char) *q < 0x20 || (unsigned char) *q >= 0x80)
			return false;
		q++;
	}
	if (q >= end)
		return false;
	*text = s;
	*len = (int) (q - s);
	*p = q + 1;
	return true;
}

/* An integer of at most 18 digits at *p, as JSON writes it (no "-0"). */
static bool
scan_plain_integer(const char **p, const char *end, const char **text, int *len)
{
	const char *q = *p;
	const char *digits;

	if (q < end && *q == '-')
		q++;
	digits = q;
	while (q < end && *q >= '0' && *q <= '9')
		q++;
	if (q == digits || q - digits > 18 || (*digits == '0' && q - digits > 1) ||
		(q < end && (*q == '.' || *q == 'e' || *q == 'E')) ||
		(*digits == '0' && digits > *p))
		return false;
	*text = *p;
	*len = (int) (q - *p);
	*p = q;
	return true;
}

/* The literal word at q (true, false, null): its mark in the key, *p moved past it. */
static bool
scan_literal(QTextShape *ts, const char **p, const char *q, const char *end, const char *word, char mark)
{
	size_t		n = strlen(word);

	if ((size_t) (end - q) < n || memcmp(q, word, n) != 0)
		return false;
	appendStringInfoChar(&ts->key, mark);
	*p = q + n;
	return true;
}

/* Scan one value into the shape (walk_shape's key, from text); false: not plain. */
static bool
scan_value(QTextShape *ts, const char **p, const char *end, int depth)
{
	const char *q = skip_space(*p, end);
	const char *text;
	int			len;

	if (q >= end || depth > TEXT_SHAPE_MAX_DEPTH)
		return false;
	CHECK_FOR_INTERRUPTS();
	if (*q == '{' || *q == '[')
	{
		bool		object = *q == '{';
		char		close = object ? '}' : ']';
		const char *keys[TEXT_SHAPE_MAX_KEYS];
		int			key_len[TEXT_SHAPE_MAX_KEYS];
		int			nkeys = 0;

		appendStringInfoChar(&ts->key, *q);
		q = skip_space(q + 1, end);
		if (q < end && *q == close)
		{
			appendStringInfoChar(&ts->key, close);
			*p = q + 1;
			return true;
		}
		for (;;)
		{
			if (object)
			{
				int			k;

				/* a key twice is not plain: jansson keeps one of them */
				if (!scan_plain_string(&q, end, &text, &len) || nkeys == TEXT_SHAPE_MAX_KEYS)
					return false;
				for (k = 0; k < nkeys; k++)
					if (key_len[k] == len && memcmp(keys[k], text, len) == 0)
						return false;
				keys[nkeys] = text;
				key_len[nkeys++] = len;
				append_counted(&ts->key, text, len);
				q = skip_space(q, end);
				if (q >= end || *q != ':')
					return false;
				q++;
			}
			if (!scan_value(ts, &q, end, depth + 1))
				return false;
			q = skip_space(q, end);
			if (q < end && *q == ',')
			{
				q = skip_space(q + 1, end);
				continue;
			}
			if (q < end && *q == close)
				break;
			return false;
		}
		appendStringInfoChar(&ts->key, close);
		*p = q + 1;
		return true;
	}
	if (*q == '"' || *q == '-' || (*q >= '0' && *q <= '9'))
	{
		char		type = *q == '"' ? 's' : 'i';

		if (!(type == 's' ? scan_plain_string(&q, end, &text, &len)
			  : scan_plain_integer(&q, end, &text, &len)) ||
			ts->nleaves >= QSHAPE_MAX_LEAVES)
			return false;
		appendStringInfoChar(&ts->key, type);
		ts->leaf[ts->nleaves] = text;
		ts->leaf_len[ts->nleaves] = len;
		ts->leaf_type[ts->nleaves] = type;
		ts->nleaves++;
		*p = q;
		return true;
	}
	return scan_literal(ts, p, q, end, "true", 't') || scan_literal(ts, p, q, end, "false", 'f') ||
		scan_literal(ts, p, q, end, "null", 'n');
}

/*
 * The shape of a document from its text, when it is plain (ASCII strings
 * without escapes, integers of at most 18 digits, no reals, no key twice in
 * an object, an object at the top): the key, hash and leaves
 * query_shape_of_tree finds in jansson's tree of the same text.  false for
 * any other text.
 */
bool
query_shape_of_text(QTextShape *ts, const char *text, int len)
{
	const char *p = skip_space(text, text + len);
	const char *end = text + len;

	initStringInfo(&ts->key);
	ts->nleaves = 0;
	if (p >= end || *p != '{')
		return false;			/* a batch, or not a document */
	if (!scan_value(ts, &p, end, 0) || skip_space(p, end) != end)
		return false;
	ts->hash = hash_bytes_extended((const unsigned char *) ts->key.data, ts->key.len, 0);
	return true;
}

/* The i-th leaf's text (palloc'd), as query_leaf_text gives it for the tree. */
char *
query_text_shape_leaf(const QTextShape *ts, int i)
{
	return pnstrdup(ts->leaf[i], ts->leaf_len[i]);
}

/* Does the i-th leaf equal a leaf of jansson's tree (json_equal's answer)? */
bool
query_text_shape_leaf_equals(const QTextShape *ts, int i, json_t *kept)
{
	if (ts->leaf_type[i] == 's')
		return json_is_string(kept) && json_string_length(kept) == (size_t) ts->leaf_len[i] &&
			memcmp(json_string_value(kept), ts->leaf[i], ts->leaf_len[i]) == 0;
	return json_is_integer(kept) &&
		json_integer_value(kept) == strtoll(ts->leaf[i], NULL, 10);
}
