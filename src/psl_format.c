/*
 * psl_format.c
 *		`prisma format` (Prisma 7.10) for Prisma schemas, byte for byte.
 *
 * Prisma formats in two passes, and so do we.  The first ("magic") pass
 * reads the schema with the regular parser (psl_parser.c), works out which
 * relation pieces are missing (back-relation fields, forward fields, FK
 * scalars, @relation arguments) and splices text snippets into the source.
 * It is skipped when the schema does not resolve cleanly.  The second pass
 * is purely syntactic: it re-reads the text with a recogniser that follows
 * Prisma's pest grammar rule by rule (including its quirks: unreadable lines
 * are kept verbatim, anything after `{` is dropped, a newline is never
 * whitespace) and prints it through an alignment table, the way
 * schema-ast's reformat.rs and renderer/table.rs do.
 *
 * The second pass works on a private recogniser rather than the AST because
 * the formatter must reproduce exactly what Prisma's grammar accepts, which
 * is looser than what the validator wants.
 */
#include "psl_format.h"

#include <string.h>

/* Largest schema we format (the parser has the same kind of limit). */
#define FMT_MAX_SOURCE (64 * 1024 * 1024)

/* Deepest nesting of arrays/calls the recogniser follows. */
#define FMT_MAX_DEPTH 64

/* Indentation inside blocks (tabSize 2). */
#define FMT_INDENT "  "

/* The text being recognised: LF-only, NUL-terminated. */
typedef struct Scan
{
	PslArena   *arena;
	const char *s;
	int			n;
} Scan;

/* ---------------------------------------------------------------------
 * Table rendering
 * ---------------------------------------------------------------------
 */

typedef enum RowKind
{
	ROW_COLUMNS,				/* aligned columns plus a suffix */
	ROW_VERBATIM,				/* a line printed as is (comments, catch-all) */
	ROW_BREAK					/* a blank line that starts a new section */
} RowKind;

#define FMT_MAX_COLS 3

typedef struct Row
{
	RowKind		kind;
	int			ncols;
	char	   *cols[FMT_MAX_COLS];
	char	   *suffix;			/* COLUMNS: trailing comment; VERBATIM: text */
} Row;

typedef struct Table
{
	PslVec		rows;			/* Row * */
} Table;

static Row *
table_add(Scan *sc, Table *t, RowKind kind)
{
	Row		   *r = psl_alloc(sc->arena, sizeof(Row));

	r->kind = kind;
	psl_vec_push(sc->arena, &t->rows, r);
	return r;
}

/* Add a verbatim line. */
static void
table_line(Scan *sc, Table *t, char *text)
{
	Row		   *r = table_add(sc, t, ROW_VERBATIM);

	r->suffix = text;
}

/* Print one section (rows [from, to)) with its own column widths. */
static void
render_section(Table *t, int from, int to, PslBuf *out)
{
	size_t		width[FMT_MAX_COLS] = {0, 0, 0};
	int			i,
				c;

	for (i = from; i < to; i++)
	{
		Row		   *r = t->rows.items[i];

		if (r->kind != ROW_COLUMNS)
			continue;
		while (r->ncols > 0 && r->cols[r->ncols - 1][0] == '\0')
			r->ncols--;
		for (c = 0; c < r->ncols; c++)
			if (strlen(r->cols[c]) > width[c])
				width[c] = strlen(r->cols[c]);
	}
	for (i = from; i < to; i++)
	{
		Row		   *r = t->rows.items[i];

		psl_buf_puts(out, FMT_INDENT);
		if (r->kind == ROW_VERBATIM)
			psl_buf_puts(out, r->suffix);
		else
		{
			for (c = 0; c < r->ncols; c++)
			{
				psl_buf_puts(out, r->cols[c]);
				if (c < r->ncols - 1)
					psl_buf_pad(out, width[c] - strlen(r->cols[c]) + 1);
			}
			if (r->suffix)
			{
				if (r->ncols > 0)
					psl_buf_putc(out, ' ');
				psl_buf_puts(out, r->suffix);
			}
		}
		psl_buf_putc(out, '\n');
	}
}

/*
 * Print a table: blank-line breaks split it into sections; breaks at the
 * start or end, and repeated ones, print nothing.
 */
static void
render_table(Table *t, PslBuf *out)
{
	int			i = 0;
	bool		printed = false;

	while (i < t->rows.len)
	{
		int			j;

		if (((Row *) t->rows.items[i])->kind == ROW_BREAK)
		{
			i++;
			continue;
		}
		for (j = i; j < t->rows.len && ((Row *) t->rows.items[j])->kind != ROW_BREAK; j++)
			;
		if (printed)
			psl_buf_putc(out, '\n');
		render_section(t, i, j, out);
		printed = true;
		i = j;
	}
}

/* ---------------------------------------------------------------------
 * Character classes
 * ---------------------------------------------------------------------
 */

/* Decode the UTF-8 code point at s[p]; *len gets its byte length. */
static unsigned int
utf8_at(Scan *sc, int p, int *len)
{
	const unsigned char *u = (const unsigned char *) sc->s + p;
	int			left = sc->n - p;

	if (u[0] < 0x80 || left < 2)
	{
		*len = 1;
		return u[0];
	}
	if ((u[0] & 0xE0) == 0xC0)
	{
		*len = 2;
		return ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	}
	if ((u[0] & 0xF0) == 0xE0 && left >= 3)
	{
		*len = 3;
		return ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	}
	if ((u[0] & 0xF8) == 0xF0 && left >= 4)
	{
		*len = 4;
		return ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) |
			((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	}
	*len = 1;
	return u[0];
}

/* Is the code point in Unicode's space-separator class (or a tab)? */
static bool
is_space_cp(unsigned int c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
		c == 0x3000;
}

/* Pest's implicit WHITESPACE*: spaces and tabs, never newlines. */
static int
skip_ws(Scan *sc, int p)
{
	while (p < sc->n)
	{
		int			len;

		if (!is_space_cp(utf8_at(sc, p, &len)))
			break;
		p += len;
	}
	return p;
}

/* Length of an identifier character at p (0 if there is none). */
static int
ident_char(Scan *sc, int p, bool first)
{
	unsigned char c;
	int			len;

	if (p >= sc->n)
		return 0;
	c = (unsigned char) sc->s[p];
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return 1;
	if (!first && (c == '_' || c == '-'))
		return 1;
	if (c >= 0x80)
	{
		unsigned int cp = utf8_at(sc, p, &len);

		return is_space_cp(cp) ? 0 : len;
	}
	return 0;
}

static bool
at(Scan *sc, int p, const char *lit)
{
	size_t		n = strlen(lit);

	return p >= 0 && p + (int) n <= sc->n && memcmp(sc->s + p, lit, n) == 0;
}

/* Offset of the next LF (or the end); a CR before it stays in the line. */
static int
line_end(Scan *sc, int p)
{
	while (p < sc->n && sc->s[p] != '\n')
		p++;
	return p;
}

/* Like line_end, but stops before a CRLF's CR. */
static int
text_end(Scan *sc, int p)
{
	int			e = line_end(sc, p);

	if (e > p && sc->s[e - 1] == '\r')
		e--;
	return e;
}

/* Length of the NEWLINE (LF or CRLF) at p, or 0. */
static int
nl_len(Scan *sc, int p)
{
	if (p < sc->n && sc->s[p] == '\n')
		return 1;
	if (p + 1 < sc->n && sc->s[p] == '\r' && sc->s[p + 1] == '\n')
		return 2;
	return 0;
}

static char *
dup_range(Scan *sc, int from, int to)
{
	return psl_strndup(sc->arena, sc->s + from, (size_t) (to - from));
}

/* ---------------------------------------------------------------------
 * Recogniser for the pest grammar.  Each function returns the end offset
 * of what it matched or -1; rendered text is appended to out, and callers
 * truncate out again when an alternative fails.
 * ---------------------------------------------------------------------
 */

static int p_expression(Scan *sc, int p, PslBuf *out, int depth);

/* identifier = alnum (alnum | "_" | "-")* */
static int
p_identifier(Scan *sc, int p)
{
	int			len = ident_char(sc, p, true);

	if (len == 0)
		return -1;
	p += len;
	while ((len = ident_char(sc, p, false)) > 0)
		p += len;
	return p;
}

/* path = identifier ("." path?)* */
static int
p_path(Scan *sc, int p)
{
	p = p_identifier(sc, p);
	if (p < 0)
		return -1;
	while (p < sc->n && sc->s[p] == '.')
	{
		int			q = p_path(sc, p + 1);

		p = q >= 0 ? q : p + 1;
	}
	return p;
}

/* numeric_literal = "-"? DIGIT+ ("." DIGIT+)? */
static int
p_number(Scan *sc, int p)
{
	int			q = p;

	if (q < sc->n && sc->s[q] == '-')
		q++;
	if (q >= sc->n || sc->s[q] < '0' || sc->s[q] > '9')
		return -1;
	while (q < sc->n && sc->s[q] >= '0' && sc->s[q] <= '9')
		q++;
	if (q + 1 < sc->n && sc->s[q] == '.' && sc->s[q + 1] >= '0' && sc->s[q + 1] <= '9')
	{
		q++;
		while (q < sc->n && sc->s[q] >= '0' && sc->s[q] <= '9')
			q++;
	}
	return q;
}

/* string_literal = '"' ('\' ANY | !('"' | control) ANY)* '"' */
static int
p_string(Scan *sc, int p)
{
	if (p >= sc->n || sc->s[p] != '"')
		return -1;
	p++;
	while (p < sc->n)
	{
		unsigned char c = (unsigned char) sc->s[p];

		if (c == '"')
			return p + 1;
		if (c == '\\' && p + 1 < sc->n)
		{
			int			len;

			(void) utf8_at(sc, p + 1, &len);
			p += 1 + len;
			continue;
		}
		if (c < 0x20)
			return -1;
		p++;
	}
	return -1;
}

/*
 * arguments_list = "(" (argument ("," argument)*)? ","? ")"
 * argument = identifier ":" expression | identifier ":" | expression
 */
static int
p_arguments(Scan *sc, int p, PslBuf *out, int depth)
{
	size_t		mark = out->len;
	bool		first = true;

	if (p >= sc->n || sc->s[p] != '(' || depth > FMT_MAX_DEPTH)
		return -1;
	psl_buf_putc(out, '(');
	p = skip_ws(sc, p + 1);
	for (;;)
	{
		int			q = p;
		size_t		amark = out->len;
		int			name_end;
		int			r = -1;

		if (!first)
		{
			if (q >= sc->n || sc->s[q] != ',')
				break;
			q = skip_ws(sc, q + 1);
			psl_buf_puts(out, ", ");
		}
		name_end = p_identifier(sc, q);
		if (name_end >= 0)
		{
			int			colon = skip_ws(sc, name_end);

			if (colon < sc->n && sc->s[colon] == ':')
			{
				psl_buf_putn(out, sc->s + q, (size_t) (name_end - q));
				psl_buf_puts(out, ": ");
				r = p_expression(sc, skip_ws(sc, colon + 1), out, depth + 1);
				if (r < 0)
					r = colon + 1;	/* empty_argument */
			}
		}
		if (r < 0)
		{
			out->len = amark + (first ? 0 : 2);
			r = p_expression(sc, q, out, depth + 1);
		}
		if (r < 0)
		{
			out->len = amark;
			break;
		}
		p = skip_ws(sc, r);
		first = false;
	}
	/* trailing comma */
	if (p < sc->n && sc->s[p] == ',')
		p = skip_ws(sc, p + 1);
	if (p >= sc->n || sc->s[p] != ')')
	{
		out->len = mark;
		return -1;
	}
	psl_buf_putc(out, ')');
	return p + 1;
}

/* expression = function_call | array | number | string | path */
static int
p_expression(Scan *sc, int p, PslBuf *out, int depth)
{
	size_t		mark = out->len;
	int			q;

	if (depth > FMT_MAX_DEPTH)
		return -1;
	/* function_call = path arguments_list */
	q = p_path(sc, p);
	if (q >= 0)
	{
		int			r;

		psl_buf_putn(out, sc->s + p, (size_t) (q - p));
		r = p_arguments(sc, skip_ws(sc, q), out, depth + 1);
		if (r >= 0)
			return r;
		out->len = mark;
	}
	/* array_expression = "[" (expression ("," expression)*)? "]" */
	if (p < sc->n && sc->s[p] == '[')
	{
		int			r = skip_ws(sc, p + 1);
		int			e;

		psl_buf_putc(out, '[');
		e = p_expression(sc, r, out, depth + 1);
		if (e >= 0)
		{
			r = skip_ws(sc, e);
			for (;;)
			{
				size_t		imark = out->len;
				int			t;

				if (r >= sc->n || sc->s[r] != ',')
					break;
				psl_buf_puts(out, ", ");
				t = p_expression(sc, skip_ws(sc, r + 1), out, depth + 1);
				if (t < 0)
				{
					out->len = imark;
					break;
				}
				r = skip_ws(sc, t);
			}
		}
		if (r < sc->n && sc->s[r] == ']')
		{
			psl_buf_putc(out, ']');
			return r + 1;
		}
		out->len = mark;
	}
	q = p_number(sc, p);
	if (q < 0)
		q = p_string(sc, p);
	if (q < 0)
		q = p_path(sc, p);
	if (q < 0)
		return -1;
	psl_buf_putn(out, sc->s + p, (size_t) (q - p));
	return q;
}

/* attribute = "@" path arguments_list?   (at: "@" or "@@") */
static int
p_attribute(Scan *sc, int p, const char *at_text, PslBuf *out, char **name)
{
	int			q,
				r;

	if (!at(sc, p, at_text))
		return -1;
	q = skip_ws(sc, p + (int) strlen(at_text));
	r = p_path(sc, q);
	if (r < 0)
		return -1;
	if (name)
		*name = dup_range(sc, q, r);
	psl_buf_puts(out, at_text);
	psl_buf_putn(out, sc->s + q, (size_t) (r - q));
	q = p_arguments(sc, skip_ws(sc, r), out, 0);
	if (q >= 0)
		return q;
	return r;
}

/*
 * trailing_comment = a // comment up to the end of the line, or a
 * slash-star comment (possibly over several lines).  Returns the end offset
 * and the comment text, or -1.
 */
static int
p_trailing_comment(Scan *sc, int p, char **text)
{
	if (at(sc, p, "//"))
	{
		int			e = text_end(sc, p);

		*text = dup_range(sc, p, e);
		return e;
	}
	if (at(sc, p, "/*"))
	{
		const char *close = strstr(sc->s + p + 2, "*/");

		if (close == NULL)
			return -1;
		*text = dup_range(sc, p, (int) (close - sc->s) + 2);
		return (int) (close - sc->s) + 2;
	}
	return -1;
}

/* NEWLINE: returns the offset after it, or -1. */
static int
p_newline(Scan *sc, int p)
{
	return nl_len(sc, p) > 0 ? p + nl_len(sc, p) : -1;
}

/* The rank of an attribute name for sorting (both @ and @@). */
static int
attr_rank(const char *name)
{
	static const char *const order[] = {
		"id", "unique", "default", "updatedAt", "index", "fulltext", "map",
		"relation", "ignore"
	};
	int			i;

	for (i = 0; i < (int) (sizeof(order) / sizeof(order[0])); i++)
		if (strcmp(name, order[i]) == 0)
			return i;
	return (int) (sizeof(order) / sizeof(order[0]));
}

typedef struct Attr
{
	char	   *name;
	char	   *text;
} Attr;

/* field_attribute*: collects the rendered attributes into attrs. */
static int
p_field_attributes(Scan *sc, int p, PslVec *attrs)
{
	for (;;)
	{
		PslBuf		b;
		char	   *name = NULL;
		int			q = skip_ws(sc, p);
		int			r;

		psl_buf_init(&b);
		r = p_attribute(sc, q, "@", &b, &name);
		if (r < 0)
		{
			psl_buf_free(&b);
			return p;
		}
		{
			Attr	   *a = psl_alloc(sc->arena, sizeof(Attr));

			a->name = name;
			a->text = psl_buf_to_arena(&b, sc->arena);
			psl_vec_push(sc->arena, attrs, a);
		}
		psl_buf_free(&b);
		p = r;
	}
}

/* Join attributes with single spaces, optionally sorted by rank (stable). */
static char *
join_attrs(Scan *sc, PslVec *attrs, bool sort)
{
	PslBuf		b;
	Attr	  **v = (Attr **) attrs->items;
	int			i,
				j;
	char	   *res;

	if (sort)
		for (i = 1; i < attrs->len; i++)
		{
			Attr	   *x = v[i];

			for (j = i; j > 0 && attr_rank(v[j - 1]->name) > attr_rank(x->name); j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
	psl_buf_init(&b);
	for (i = 0; i < attrs->len; i++)
	{
		if (i > 0)
			psl_buf_putc(&b, ' ');
		psl_buf_puts(&b, v[i]->text);
	}
	res = psl_buf_to_arena(&b, sc->arena);
	psl_buf_free(&b);
	return res;
}

/* base_type = "Unsupported(" string ")" | identifier */
static int
p_base_type(Scan *sc, int p, PslBuf *out)
{
	if (at(sc, p, "Unsupported("))
	{
		int			q = skip_ws(sc, p + 12);
		int			r = p_string(sc, q);

		if (r >= 0)
		{
			int			e = skip_ws(sc, r);

			if (e < sc->n && sc->s[e] == ')')
			{
				psl_buf_puts(out, "Unsupported(");
				psl_buf_putn(out, sc->s + q, (size_t) (r - q));
				psl_buf_putc(out, ')');
				return e + 1;
			}
		}
	}
	{
		int			q = p_identifier(sc, p);

		if (q < 0)
			return -1;
		psl_buf_putn(out, sc->s + p, (size_t) (q - p));
		return q;
	}
}

/* field_type, in pest's order of alternatives. */
static int
p_field_type(Scan *sc, int p, PslBuf *out)
{
	size_t		mark = out->len;
	int			q = p_base_type(sc, p, out);

	if (q >= 0)
	{
		int			r = skip_ws(sc, q);

		if (at(sc, r, "[]"))
		{
			int			t = skip_ws(sc, r + 2);

			if (t < sc->n && sc->s[t] == '?')
			{
				psl_buf_puts(out, "[]?");
				return t + 1;
			}
			psl_buf_puts(out, "[]");
			return r + 2;
		}
		if (r < sc->n && sc->s[r] == '?')
		{
			psl_buf_putc(out, '?');
			return r + 1;
		}
		if (r < sc->n && sc->s[r] == '!')
			return r + 1;
		return q;
	}
	out->len = mark;
	/* legacy_list_type = "[" base_type "]" */
	if (p < sc->n && sc->s[p] == '[')
	{
		int			r = p_base_type(sc, skip_ws(sc, p + 1), out);

		if (r >= 0)
		{
			r = skip_ws(sc, r);
			if (r < sc->n && sc->s[r] == ']')
			{
				psl_buf_puts(out, "[]");
				return r + 1;
			}
		}
		out->len = mark;
	}
	return -1;
}

/* Everything a block may contain, in source order. */
typedef enum ItemKind
{
	IT_ROW,						/* field, enum value or key/value */
	IT_BLOCK_ATTR,
	IT_COMMENT,
	IT_EMPTY,
	IT_CATCH_ALL
} ItemKind;

typedef struct Item
{
	ItemKind	kind;
	int			ncols;
	char	   *cols[FMT_MAX_COLS];
	char	   *suffix;			/* trailing comment */
	char	   *attr_name;		/* BLOCK_ATTR: its path, for sorting */
	PslVec		lines;			/* COMMENT: char * lines; CATCH_ALL: 1 line */
} Item;

typedef enum BlockKind
{
	BK_MODEL,
	BK_ENUM,
	BK_CONFIG
} BlockKind;

/* The end of an item's line: an optional trailing comment, then NEWLINE. */
static int
p_line_end(Scan *sc, int q, Item *it)
{
	char	   *comment = NULL;
	int			r;

	q = skip_ws(sc, q);
	r = p_trailing_comment(sc, q, &comment);
	if (r >= 0)
		q = skip_ws(sc, r);
	it->suffix = comment;
	return p_newline(sc, q);
}

/*
 * field_declaration = identifier ":"? field_type? field_attribute*
 *                     trailing_comment? NEWLINE
 */
static int
p_field(Scan *sc, int p, Item *it)
{
	int			q = p_identifier(sc, p);
	PslBuf		b;
	PslVec		attrs = {NULL, 0, 0};
	int			r;

	if (q < 0)
		return -1;
	it->cols[0] = dup_range(sc, p, q);
	q = skip_ws(sc, q);
	if (q < sc->n && sc->s[q] == ':')
		q = skip_ws(sc, q + 1);
	psl_buf_init(&b);
	r = p_field_type(sc, q, &b);
	if (r >= 0)
		q = r;
	it->cols[1] = psl_buf_to_arena(&b, sc->arena);
	psl_buf_free(&b);
	q = p_field_attributes(sc, q, &attrs);
	it->cols[2] = join_attrs(sc, &attrs, true);
	it->ncols = 3;
	return p_line_end(sc, q, it);
}

/* enum_value_declaration = identifier field_attribute* trailing_comment? NEWLINE */
static int
p_enum_value(Scan *sc, int p, Item *it)
{
	int			q = p_identifier(sc, p);
	PslVec		attrs = {NULL, 0, 0};

	if (q < 0)
		return -1;
	it->cols[0] = dup_range(sc, p, q);
	q = p_field_attributes(sc, q, &attrs);
	it->cols[1] = join_attrs(sc, &attrs, false);
	it->ncols = 2;
	return p_line_end(sc, q, it);
}

/* key_value = identifier "=" expression? trailing_comment?, then NEWLINE */
static int
p_key_value(Scan *sc, int p, Item *it)
{
	int			q = p_identifier(sc, p);
	PslBuf		b;
	int			r;
	char	   *comment = NULL;

	if (q < 0)
		return -1;
	it->cols[0] = dup_range(sc, p, q);
	q = skip_ws(sc, q);
	if (q >= sc->n || sc->s[q] != '=')
		return -1;
	q = skip_ws(sc, q + 1);
	psl_buf_init(&b);
	psl_buf_puts(&b, "= ");
	r = p_expression(sc, q, &b, 0);
	if (r >= 0)
	{
		q = skip_ws(sc, r);
		it->cols[1] = psl_buf_to_arena(&b, sc->arena);
	}
	else
		it->cols[1] = "";
	psl_buf_free(&b);
	it->ncols = 2;
	r = p_trailing_comment(sc, q, &comment);
	if (r >= 0)
		q = skip_ws(sc, r);
	it->suffix = comment;
	return p_newline(sc, q);
}

/* block_attribute = "@@" path arguments_list? trailing_comment?, then NEWLINE */
static int
p_block_attribute(Scan *sc, int p, Item *it)
{
	PslBuf		b;
	int			q;

	psl_buf_init(&b);
	q = p_attribute(sc, p, "@@", &b, &it->attr_name);
	if (q < 0)
	{
		psl_buf_free(&b);
		return -1;
	}
	it->cols[0] = psl_buf_to_arena(&b, sc->arena);
	psl_buf_free(&b);
	it->ncols = 1;
	return p_line_end(sc, q, it);
}

/*
 * Normalise a slash-star comment into the lines "/" "**", " * line"...,
 * " *" "/": each inner line is trimmed, loses one leading `*` and the
 * blanks after it, and is dropped when nothing is left.
 */
static void
multiline_comment_lines(Scan *sc, int from, int to, PslVec *lines,
						bool strip_open)
{
	int			p = strip_open ? from + 2 : from;
	int			end = to - 2;

	psl_vec_push(sc->arena, lines, "/**");
	while (p <= end)
	{
		int			e = p;
		int			a,
					z;

		while (e < end && sc->s[e] != '\n')
			e++;
		a = skip_ws(sc, p);
		z = e;
		while (z > a && (sc->s[z - 1] == ' ' || sc->s[z - 1] == '\t' ||
						 sc->s[z - 1] == '\r'))
			z--;
		if (a < z && sc->s[a] == '*')
			a = skip_ws(sc, a + 1);
		if (a < z)
			psl_vec_push(sc->arena, lines,
						 psl_printf(sc->arena, " * %.*s", z - a, sc->s + a));
		p = e + 1;
	}
	psl_vec_push(sc->arena, lines, " */");
}

/*
 * comment_block = ((multi_line_comment | doc_comment | comment) NEWLINE?)+
 * p is after the implicit whitespace; returns -1 if no comment starts here.
 */
static int
p_comment_block(Scan *sc, int p, Item *it)
{
	int			start = p;
	bool		after_newline = false;

	for (;;)
	{
		int			q = skip_ws(sc, p);

		if (at(sc, q, "//"))
		{
			int			e = text_end(sc, q);

			psl_vec_push(sc->arena, &it->lines, dup_range(sc, q, e));
			p = e;
		}
		else if (at(sc, q, "/*"))
		{
			const char *close = strstr(sc->s + q + 2, "*/");

			if (close == NULL)
				break;
			/*
			 * Prisma keeps the opening slash-star of an indented comment
			 * that starts a new line inside a comment block.
			 */
			multiline_comment_lines(sc, q, (int) (close - sc->s) + 2, &it->lines,
									!(q > p && after_newline));
			p = (int) (close - sc->s) + 2;
		}
		else
			break;
		after_newline = false;
		if (nl_len(sc, p) > 0)
		{
			p += nl_len(sc, p);
			after_newline = true;
		}
	}
	return p > start ? p : -1;
}

/* empty_lines = (WHITESPACE* NEWLINE)+ ; p is after the implicit whitespace. */
static int
p_empty_lines(Scan *sc, int p)
{
	int			q;

	if (nl_len(sc, p) == 0)
		return -1;
	p += nl_len(sc, p);
	while (nl_len(sc, q = skip_ws(sc, p)) > 0)
		p = q + nl_len(sc, q);
	return p;
}

/* CATCH_ALL: the rest of the line; *text gets it without the newline. */
static int
p_catch_all(Scan *sc, int p, char **text)
{
	int			e = line_end(sc, p);

	if (e == p)
		return -1;
	*text = dup_range(sc, p, e);
	return e < sc->n ? e + 1 : e;
}

/*
 * Read a block's contents up to and including its `}`.  Returns the offset
 * after the `}`, or -1 when the block never closes.
 */
static int
p_block_contents(Scan *sc, int p, BlockKind bk, PslVec *items)
{
	for (;;)
	{
		Item	   *it = psl_alloc(sc->arena, sizeof(Item));
		int			q = skip_ws(sc, p);
		int			r = -1;

		if (q >= sc->n)
			return -1;
		if (sc->s[q] == '}')
			return q + 1;
		if (bk == BK_MODEL)
			r = p_field(sc, q, it);
		else if (bk == BK_ENUM)
			r = p_enum_value(sc, q, it);
		else
			r = p_key_value(sc, q, it);
		if (r >= 0)
			it->kind = IT_ROW;
		else if (bk != BK_CONFIG)
		{
			memset(it, 0, sizeof(Item));
			r = p_block_attribute(sc, q, it);
			if (r >= 0)
				it->kind = IT_BLOCK_ATTR;
		}
		if (r < 0)
		{
			memset(it, 0, sizeof(Item));
			r = p_comment_block(sc, q, it);
			if (r >= 0)
				it->kind = IT_COMMENT;
		}
		if (r < 0)
		{
			r = p_empty_lines(sc, q);
			if (r >= 0)
				it->kind = IT_EMPTY;
		}
		if (r < 0)
		{
			char	   *text;

			r = p_catch_all(sc, q, &text);
			if (r < 0)
				return -1;
			it->kind = IT_CATCH_ALL;
			psl_vec_push(sc->arena, &it->lines, text);
		}
		psl_vec_push(sc->arena, items, it);
		p = r;
	}
}

/* Put an item's row(s) into a table. */
static void
table_item(Scan *sc, Table *t, Item *it)
{
	int			i;

	if (it->kind == IT_ROW || it->kind == IT_BLOCK_ATTR)
	{
		Row		   *r = table_add(sc, t, ROW_COLUMNS);

		r->ncols = it->ncols;
		for (i = 0; i < it->ncols; i++)
			r->cols[i] = it->cols[i];
		r->suffix = it->suffix;
	}
	else
		for (i = 0; i < it->lines.len; i++)
			table_line(sc, t, it->lines.items[i]);
}

static ItemKind
item_kind_at(PslVec *items, int i)
{
	return i < items->len ? ((Item *) items->items[i])->kind : IT_EMPTY;
}

/* Render a parsed block (header, contents, block attributes, `}`). */
static void
render_block(Scan *sc, const char *keyword, const char *name, PslVec *items,
			 PslBuf *out)
{
	Table		body = {{NULL, 0, 0}};
	PslVec		battrs = {NULL, 0, 0};	/* Item *: comments and @@ */
	int			i;

	psl_buf_printf(out, "%s %s {\n", keyword, name);
	for (i = 0; i < items->len; i++)
	{
		Item	   *it = items->items[i];

		switch (it->kind)
		{
			case IT_BLOCK_ATTR:
				psl_vec_push(sc->arena, &battrs, it);
				break;
			case IT_COMMENT:
				if (item_kind_at(items, i + 1) == IT_BLOCK_ATTR && i + 1 < items->len)
					psl_vec_push(sc->arena, &battrs, it);
				else
					table_item(sc, &body, it);
				break;
			case IT_EMPTY:
				if (i + 1 < items->len &&
					(item_kind_at(items, i + 1) == IT_BLOCK_ATTR ||
					 (item_kind_at(items, i + 1) == IT_COMMENT && i + 2 < items->len &&
					  item_kind_at(items, i + 2) == IT_BLOCK_ATTR)))
					break;
				table_add(sc, &body, ROW_BREAK);
				break;
			default:
				table_item(sc, &body, it);
				break;
		}
	}
	render_table(&body, out);
	if (battrs.len > 0)
	{
		Table		tail = {{NULL, 0, 0}};
		PslVec		groups = {NULL, 0, 0};	/* Item ** pairs: comment, attr */
		int			ngroups = 0;
		int			j;

		/* group each @@ with the comment right before it, then sort */
		for (i = 0; i < battrs.len; i++)
		{
			Item	   *it = battrs.items[i];
			Item	  **g = psl_alloc(sc->arena, sizeof(Item *) * 2);

			if (it->kind == IT_COMMENT)
			{
				g[0] = it;
				g[1] = battrs.items[++i];
			}
			else
				g[1] = it;
			psl_vec_push(sc->arena, &groups, g);
			ngroups++;
		}
		for (i = 1; i < ngroups; i++)
		{
			Item	  **x = groups.items[i];

			for (j = i; j > 0 &&
				 attr_rank(((Item **) groups.items[j - 1])[1]->attr_name) >
				 attr_rank(x[1]->attr_name); j--)
				groups.items[j] = groups.items[j - 1];
			groups.items[j] = x;
		}
		for (i = 0; i < ngroups; i++)
		{
			Item	  **g = groups.items[i];

			if (g[0])
				table_item(sc, &tail, g[0]);
			table_item(sc, &tail, g[1]);
		}
		if (body.rows.len > 0)
		{
			bool		any = false;

			for (i = 0; i < body.rows.len; i++)
				if (((Row *) body.rows.items[i])->kind != ROW_BREAK)
					any = true;
			if (any)
				psl_buf_putc(out, '\n');
		}
		render_table(&tail, out);
	}
	psl_buf_puts(out, "}\n");
}

/* keyword identifier BLOCK_OPEN contents BLOCK_CLOSE; -1 if it fails. */
static int
p_block(Scan *sc, int p, const char *keyword, BlockKind bk, PslBuf *out)
{
	int			q,
				r;
	char	   *name;
	PslVec		items = {NULL, 0, 0};

	if (!at(sc, p, keyword))
		return -1;
	q = skip_ws(sc, p + (int) strlen(keyword));
	r = p_identifier(sc, q);
	if (r < 0)
		return -1;
	name = dup_range(sc, q, r);
	r = skip_ws(sc, r);
	/* BLOCK_OPEN = "{" (!NEWLINE ANY)* NEWLINE */
	if (r >= sc->n || sc->s[r] != '{')
		return -1;
	r = line_end(sc, r);
	if (r >= sc->n)
		return -1;
	r = p_block_contents(sc, r + 1, bk, &items);
	if (r < 0)
		return -1;
	render_block(sc, keyword, name, &items, out);
	return r;
}

/* type_alias = "type" identifier "=" base_type field_attribute* (verbatim) */
static int
p_type_alias(Scan *sc, int p, PslBuf *out)
{
	int			q;
	PslBuf		b;
	PslVec		attrs = {NULL, 0, 0};

	if (!at(sc, p, "type"))
		return -1;
	q = p_identifier(sc, skip_ws(sc, p + 4));
	if (q < 0)
		return -1;
	q = skip_ws(sc, q);
	if (q >= sc->n || sc->s[q] != '=')
		return -1;
	psl_buf_init(&b);
	q = p_base_type(sc, skip_ws(sc, q + 1), &b);
	psl_buf_free(&b);
	if (q < 0)
		return -1;
	q = p_field_attributes(sc, q, &attrs);
	if (skip_ws(sc, q) < sc->n && nl_len(sc, skip_ws(sc, q)) == 0)
		return -1;
	q = text_end(sc, q);
	psl_buf_putn(out, sc->s + p, (size_t) (q - p));
	return q;
}

/* arbitrary_block = identifier BLOCK_OPEN (!"}" ANY)* "}" (verbatim) */
static int
p_arbitrary_block(Scan *sc, int p, PslBuf *out)
{
	int			q = p_identifier(sc, p);
	const char *close;

	if (q < 0)
		return -1;
	q = skip_ws(sc, q);
	if (q >= sc->n || sc->s[q] != '{')
		return -1;
	q = line_end(sc, q);
	if (q >= sc->n)
		return -1;
	close = strchr(sc->s + q + 1, '}');
	if (close == NULL)
		return -1;
	q = (int) (close - sc->s) + 1;
	psl_buf_putn(out, sc->s + p, (size_t) (q - p));
	return q;
}

/* The syntactic pass: format LF-only text. */
static char *
reformat(PslArena *arena, const char *text, int len)
{
	Scan		sc = {arena, text, len};
	PslBuf		out;
	int			p = 0;
	char	   *res;
	size_t		start,
				end;

	psl_buf_init(&out);
	while (p < len)
	{
		int			q = skip_ws(&sc, p);
		int			r;
		Item		it;

		if (q >= len)
			break;
		if ((r = p_block(&sc, q, "model", BK_MODEL, &out)) >= 0 ||
			(r = p_block(&sc, q, "type", BK_MODEL, &out)) >= 0 ||
			(r = p_block(&sc, q, "view", BK_MODEL, &out)) >= 0 ||
			(r = p_block(&sc, q, "enum", BK_ENUM, &out)) >= 0 ||
			(r = p_block(&sc, q, "datasource", BK_CONFIG, &out)) >= 0 ||
			(r = p_block(&sc, q, "generator", BK_CONFIG, &out)) >= 0 ||
			(r = p_type_alias(&sc, q, &out)) >= 0 ||
			(r = p_arbitrary_block(&sc, q, &out)) >= 0)
		{
			p = r;
			continue;
		}
		memset(&it, 0, sizeof(it));
		if ((r = p_comment_block(&sc, q, &it)) >= 0)
		{
			int			i;

			for (i = 0; i < it.lines.len; i++)
			{
				psl_buf_puts(&out, it.lines.items[i]);
				psl_buf_putc(&out, '\n');
			}
			p = r;
			continue;
		}
		if ((r = p_empty_lines(&sc, q)) >= 0)
		{
			psl_buf_putc(&out, '\n');
			p = r;
			continue;
		}
		{
			int			e = line_end(&sc, q);

			psl_buf_putn(&out, text + q, (size_t) (e - q));
			psl_buf_putc(&out, '\n');
			p = e < len ? e + 1 : e;
		}
	}
	/* no blank lines at the start, exactly one newline at the end (even
	 * for an empty schema) */
	start = 0;
	while (start < out.len && out.data[start] == '\n')
		start++;
	end = out.len;
	while (end > start && out.data[end - 1] == '\n')
		end--;
	res = psl_alloc(arena, end - start + 2);
	memcpy(res, out.data + start, end - start);
	res[end - start] = '\n';
	res[end - start + 1] = '\0';
	psl_buf_free(&out);
	return res;
}

/* ---------------------------------------------------------------------
 * The "magic" pass: missing relation pieces (psl-core reformat.rs)
 * ---------------------------------------------------------------------
 */

/* A snippet of text to splice into the source at a byte offset. */
typedef struct Snippet
{
	int			pos;
	char	   *text;
} Snippet;

/* What the magic pass knows about the schema. */
typedef struct Magic
{
	PslArena   *arena;
	const char *src;
	PslVec		models;			/* PslTop * (models only) */
	PslVec		snippets;		/* Snippet *, in the order Prisma pushes them */
} Magic;

/* An inline (1:1 or 1:n) relation, as the parser database sees it. */
typedef struct InlineRel
{
	PslTop	   *referencing;	/* holds (or should hold) the FK */
	PslTop	   *referenced;
	PslFieldAst *forward;		/* singular field on referencing, or NULL */
	PslFieldAst *back;			/* field on referenced, or NULL */
	bool		one_to_one;
} InlineRel;

/* One inferred FK scalar field. */
typedef struct Inferred
{
	char	   *name;
	bool		optional;
	bool		exists;			/* the referencing model already has it */
	PslFieldAst *blueprint;		/* the referenced field */
} Inferred;

static const char *const builtin_scalars[] = {
	"String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime",
	"Json", "Bytes", NULL
};

static bool
is_builtin_scalar(const char *name)
{
	int			i;

	for (i = 0; builtin_scalars[i]; i++)
		if (strcmp(name, builtin_scalars[i]) == 0)
			return true;
	return false;
}

static void
add_snippet(Magic *m, int pos, char *text)
{
	Snippet    *sn = psl_alloc(m->arena, sizeof(Snippet));

	sn->pos = pos;
	sn->text = text;
	psl_vec_push(m->arena, &m->snippets, sn);
}

static PslTop *
find_model(Magic *m, const char *name)
{
	int			i;

	for (i = 0; i < m->models.len; i++)
	{
		PslTop	   *t = m->models.items[i];

		if (strcmp(t->name, name) == 0)
			return t;
	}
	return NULL;
}

static PslFieldAst *
find_field(PslTop *model, const char *name)
{
	int			i;

	for (i = 0; i < model->fields.len; i++)
	{
		PslFieldAst *f = model->fields.items[i];

		if (strcmp(f->name, name) == 0)
			return f;
	}
	return NULL;
}

/* A field whose type is a model. */
static PslTop *
relation_target(Magic *m, PslFieldAst *f)
{
	return (f->has_type && f->type_name) ? find_model(m, f->type_name) : NULL;
}

/* The relation name given in @relation("name") / @relation(name: "name"). */
static const char *
relation_name(PslFieldAst *f)
{
	PslAttribute *a = psl_find_attribute(&f->attributes, "relation");
	PslArgument *arg;

	if (a == NULL)
		return "";
	arg = psl_attribute_arg(a, "name", true);
	if (arg && arg->value && arg->value->kind == PSL_EXPR_STRING)
		return arg->value->value;
	return "";
}

/* The array argument `name` of a field's @relation, or NULL. */
static PslExpr *
relation_list_arg(PslFieldAst *f, const char *name)
{
	PslAttribute *a = psl_find_attribute(&f->attributes, "relation");
	PslArgument *arg;

	if (a == NULL)
		return NULL;
	arg = psl_attribute_arg(a, name, false);
	if (arg == NULL || arg->value == NULL || arg->value->kind != PSL_EXPR_ARRAY)
		return NULL;
	return arg->value;
}

/* Do the array items name exactly these fields? */
static bool
same_field_list(PslExpr *arr, PslVec *names)
{
	int			i;

	if (arr->items.len != names->len)
		return false;
	for (i = 0; i < names->len; i++)
	{
		PslExpr    *e = arr->items.items[i];

		if (e->kind != PSL_EXPR_CONSTANT || strcmp(e->value, names->items[i]) != 0)
			return false;
	}
	return true;
}

/* The field names of the first argument of a block attribute, if an array. */
static void
block_attr_fields(PslAttribute *a, PslVec *out, PslArena *arena)
{
	PslArgument *arg = psl_attribute_arg(a, "fields", true);
	int			i;

	if (arg == NULL || arg->value == NULL || arg->value->kind != PSL_EXPR_ARRAY)
		return;
	for (i = 0; i < arg->value->items.len; i++)
	{
		PslExpr    *e = arg->value->items.items[i];

		/* name(sort: Desc) style items name their field too */
		psl_vec_push(arena, out, e->value);
	}
}

/*
 * The model's first unique criteria: its primary key (@id / @@id), else its
 * first @unique field, else its first @@unique.  Field names go into out.
 */
static void
first_unique_criteria(Magic *m, PslTop *model, PslVec *out)
{
	int			i;

	for (i = 0; i < model->fields.len; i++)
	{
		PslFieldAst *f = model->fields.items[i];

		if (psl_find_attribute(&f->attributes, "id"))
		{
			psl_vec_push(m->arena, out, f->name);
			return;
		}
	}
	{
		PslAttribute *a = psl_find_attribute(&model->attributes, "id");

		if (a)
		{
			block_attr_fields(a, out, m->arena);
			return;
		}
	}
	for (i = 0; i < model->fields.len; i++)
	{
		PslFieldAst *f = model->fields.items[i];

		if (psl_find_attribute(&f->attributes, "unique"))
		{
			psl_vec_push(m->arena, out, f->name);
			return;
		}
	}
	{
		PslAttribute *a = psl_find_attribute(&model->attributes, "unique");

		if (a)
			block_attr_fields(a, out, m->arena);
	}
}

/* Are these fields of the model unique (its id or a unique constraint)? */
static bool
fields_are_unique(Magic *m, PslTop *model, PslExpr *fields)
{
	int			i;

	if (fields->items.len == 1)
	{
		PslExpr    *e = fields->items.items[0];
		PslFieldAst *f = e->kind == PSL_EXPR_CONSTANT ? find_field(model, e->value) : NULL;

		if (f && (psl_find_attribute(&f->attributes, "id") || psl_find_attribute(&f->attributes, "unique")))
			return true;
	}
	for (i = 0; i < model->attributes.len; i++)
	{
		PslAttribute *a = model->attributes.items[i];
		PslVec		names = {NULL, 0, 0};

		if (strcmp(a->name, "id") != 0 && strcmp(a->name, "unique") != 0)
			continue;
		block_attr_fields(a, &names, m->arena);
		if (same_field_list(fields, &names))
			return true;
	}
	return false;
}

/* cruet's to_camel_case. */
static char *
camel_case(PslArena *arena, const char *s)
{
	int			n = (int) strlen(s);
	int			i = 0;
	char	   *out = psl_alloc(arena, (size_t) n + 1);
	int			o = 0;
	bool		new_word = false;
	char		last = ' ';

#define IS_ALNUM(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || \
					 ((c) >= '0' && (c) <= '9') || (unsigned char) (c) >= 0x80)
	while (n > 0 && !IS_ALNUM(s[n - 1]))
		n--;
	while (i < n && !IS_ALNUM(s[i]))
		i++;
	for (; i < n; i++)
	{
		char		c = s[i];

		if (!IS_ALNUM(c))
			new_word = true;
		else if (c >= '0' && c <= '9')
		{
			out[o++] = c;
			new_word = true;
		}
		else if (new_word || (last >= 'a' && last <= 'z' && c >= 'A' && c <= 'Z'))
		{
			out[o++] = (c >= 'a' && c <= 'z') ? c - 32 : c;
			new_word = false;
		}
		else
		{
			out[o++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
			/* non-ASCII letters are taken as lowercase */
			last = (unsigned char) c >= 0x80 ? 'a' : c;
		}
	}
#undef IS_ALNUM
	out[o] = '\0';
	return out;
}

/* Words cruet leaves alone when pluralising (its uncountable list). */
static const char *const uncountable_words[] = {
	"accommodation", "adulthood", "advertising", "advice", "aggression",
	"aid", "air", "aircraft", "alcohol", "anger", "applause", "arithmetic",
	"assistance", "athletics", "bacon", "baggage", "beef", "biology",
	"blood", "botany", "bread", "butter", "carbon", "cardboard", "cash",
	"chalk", "chaos", "chess", "crossroads", "countryside", "dancing",
	"deer", "dignity", "dirt", "dust", "economics", "education",
	"electricity", "engineering", "enjoyment", "envy", "equipment",
	"ethics", "evidence", "evolution", "fame", "fiction", "flour", "flu",
	"food", "fuel", "fun", "furniture", "gallows", "garbage", "garlic",
	"genetics", "gold", "golf", "gossip", "grammar", "gratitude", "grief",
	"guilt", "gymnastics", "happiness", "hardware", "harm", "hate",
	"hatred", "health", "heat", "help", "homework", "honesty", "honey",
	"hospitality", "housework", "humour", "hunger", "hydrogen", "ice",
	"importance", "inflation", "information", "innocence", "iron", "irony",
	"jam", "jewelry", "judo", "karate", "knowledge", "lack", "laughter",
	"lava", "leather", "leisure", "lightning", "linguine", "linguini",
	"linguistics", "literature", "litter", "livestock", "logic",
	"loneliness", "luck", "luggage", "macaroni", "machinery", "magic",
	"management", "mankind", "marble", "mathematics", "mayonnaise",
	"measles", "methane", "milk", "money", "mud", "music", "mumps",
	"nature", "news", "nitrogen", "nonsense", "nurture", "nutrition",
	"obedience", "obesity", "oxygen", "pasta", "patience", "physics",
	"poetry", "pollution", "poverty", "pride", "psychology", "publicity",
	"punctuation", "quartz", "racism", "relaxation", "reliability",
	"research", "respect", "revenge", "rice", "rubbish", "rum", "safety",
	"scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping",
	"sleep", "smoke", "smoking", "snow", "soap", "software", "soil",
	"spaghetti", "species", "steam", "stuff", "stupidity", "sunshine",
	"symmetry", "tennis", "thirst", "thunder", "timber", "traffic",
	"transportation", "trust", "underwear", "unemployment", "unity",
	"validity", "veal", "vegetarianism", "vegetation", "vengeance",
	"violence", "vitality", "warmth", "wealth", "weather", "welfare",
	"wheat", "wildlife", "wisdom", "yoga", "zinc", "zoology", NULL
};

/*
 * Does s end with one of the '|'-separated alternatives in alts, right
 * before a tail of tail_len bytes?  Returns the matched length or 0.
 */
static int
ends_with_alt(const char *s, int tail_start, const char *alts)
{
	const char *a = alts;

	while (*a)
	{
		const char *bar = strchr(a, '|');
		int			n = bar ? (int) (bar - a) : (int) strlen(a);

		if (n <= tail_start && strncmp(s + tail_start - n, a, (size_t) n) == 0)
			return n;
		if (bar == NULL)
			break;
		a = bar + 1;
	}
	return 0;
}

static bool
ends_with(const char *s, int len, const char *suffix)
{
	int			n = (int) strlen(suffix);

	return len >= n && strcmp(s + len - n, suffix) == 0;
}

static bool
char_in(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/*
 * cruet's to_plural: uncountable words, a few irregular words, then its
 * regex rules tried from last to first (each written out by hand here:
 * keep = how many bytes of s to keep, then the replacement is appended).
 */
static char *
pluralize(PslArena *arena, const char *s)
{
	static const char *const special[][2] = {
		{"ox", "oxen"}, {"man", "men"}, {"woman", "women"}, {"die", "dice"},
		{"yes", "yeses"}, {"foot", "feet"}, {"eave", "eaves"},
		{"goose", "geese"}, {"tooth", "teeth"}, {"quiz", "quizzes"}, {NULL, NULL}
	};
	int			len = (int) strlen(s);
	int			keep = -1;
	const char *rep = "";
	int			i,
				k;

	for (i = 0; uncountable_words[i]; i++)
		if (strcmp(s, uncountable_words[i]) == 0)
			return psl_strdup(arena, s);
	for (i = 0; special[i][0]; i++)
		if (strcmp(s, special[i][0]) == 0)
			return psl_strdup(arena, special[i][1]);

#define RULE(cond, keep_len, replacement) \
	if (keep < 0 && (cond)) { keep = (keep_len); rep = (replacement); }
	/* (\w*eaux)$ -> "" */
	RULE(ends_with(s, len, "eaux"), len, "");
	/* (\w*(child))(?:ren)?$ -> ren */
	RULE(ends_with(s, len, "children"), len - 3, "ren");
	RULE(ends_with(s, len, "child"), len, "ren");
	/* (\w*(pe))(?:rson|ople)$ -> ople */
	RULE(ends_with(s, len, "person"), len - 4, "ople");
	RULE(ends_with(s, len, "people"), len - 4, "ople");
	/* (\w*(m|l))(?:ice|ouse)$ -> ice */
	RULE(len >= 4 && ends_with(s, len, "ice") && char_in(s[len - 4], "ml"), len - 3, "ice");
	RULE(len >= 5 && ends_with(s, len, "ouse") && char_in(s[len - 5], "ml"), len - 4, "ice");
	/* (\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$ -> ices */
	RULE((ends_with(s, len, "ix") || ends_with(s, len, "ex")) &&
		 ends_with_alt(s, len - 2, "matr|cod|mur|sil|vert|ind|append"), len - 2, "ices");
	/* (\w*(x|ch|ss|sh|zz))$ -> es, but (\w*(x|ch|ss|sh|zz)es)$ -> "" first */
	RULE(ends_with(s, len, "es") && ends_with_alt(s, len - 2, "x|ch|ss|sh|zz"), len, "");
	RULE(ends_with_alt(s, len, "x|ch|ss|sh|zz"), len, "es");
	/* (\w*([^ch][ieo][ln]))ey$ -> ies */
	RULE(len >= 5 && ends_with(s, len, "ey") && char_in(s[len - 3], "ln") &&
		 char_in(s[len - 4], "ieo") && !char_in(s[len - 5], "ch"), len - 2, "ies");
	/* (\w*([^aeiouy]|qu))y$ -> ies */
	RULE(len >= 2 && s[len - 1] == 'y' &&
		 (!char_in(s[len - 2], "aeiouy") || ends_with(s, len, "quy")), len - 1, "ies");
	/* (\w*(ar|l|ea|eo|oa|hoo))f$ -> ves */
	RULE(ends_with(s, len, "f") && ends_with_alt(s, len - 1, "ar|l|ea|eo|oa|hoo"), len - 1, "ves");
	/* (\w*(kni|wi|li))fe$ -> ves */
	RULE(ends_with(s, len, "fe") && ends_with_alt(s, len - 2, "kni|wi|li"), len - 2, "ves");
	/* (\w*)sis$ -> ses */
	RULE(ends_with(s, len, "sis"), len - 3, "ses");
	/* (\w*(apheli|...|automat))(?:a|on)$ -> a */
	k = ends_with(s, len, "on") ? 2 : ends_with(s, len, "a") ? 1 : 0;
	RULE(k > 0 && ends_with_alt(s, len - k, "apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat"), len - k, "a");
	/* (\w*(agend|...|quor))(?:a|um)$ -> a */
	k = ends_with(s, len, "um") ? 2 : ends_with(s, len, "a") ? 1 : 0;
	RULE(k > 0 && ends_with_alt(s, len - k, "agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor"), len - k, "a");
	/* (\w*(her|at|gr))o$ -> oes */
	RULE(ends_with(s, len, "o") && ends_with_alt(s, len - 1, "her|at|gr"), len - 1, "oes");
	/* (\w*(seraph|cherub))(?:im)?$ -> im */
	k = ends_with(s, len, "im") ? 2 : 0;
	RULE(ends_with_alt(s, len - k, "seraph|cherub"), len - k, "im");
	RULE(ends_with_alt(s, len, "seraph|cherub"), len, "im");
	/* (\w*(alumn|alg|vertebr))(?:a|ae)$ -> ae */
	k = ends_with(s, len, "ae") ? 2 : ends_with(s, len, "a") ? 1 : 0;
	RULE(k > 0 && ends_with_alt(s, len - k, "alumn|alg|vertebr"), len - k, "ae");
	/* (\w*(alumn|...|strat))(?:us|i)$ -> i */
	k = ends_with(s, len, "us") ? 2 : ends_with(s, len, "i") ? 1 : 0;
	RULE(k > 0 && ends_with_alt(s, len - k, "alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat"), len - k, "i");
	/* (\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$ -> "" */
	RULE(len >= 4 && ((ends_with(s, len, "ias") && s[len - 4] != 'l') ||
					  (ends_with(s, len, "las") && char_in(s[len - 4], "aeiou")) ||
					  (ends_with(s, len, "as") && char_in(s[len - 3], "emjzr")) ||
					  (ends_with(s, len, "am") && char_in(s[len - 3], "iu"))), len, "");
	RULE(len == 3 && ((ends_with(s, len, "as") && char_in(s[0], "emjzr")) ||
					  (ends_with(s, len, "am") && char_in(s[0], "iu"))), len, "");
	/* (\w*(e[mn]u))s?$ -> s */
	RULE(len >= 4 && ends_with(s, len, "s") && s[len - 2] == 'u' &&
		 char_in(s[len - 3], "mn") && s[len - 4] == 'e', len - 1, "s");
	RULE(len >= 3 && s[len - 1] == 'u' && char_in(s[len - 2], "mn") && s[len - 3] == 'e', len, "s");
	/* (\w*(alias|[^aou]us|tlas|gas|ris))$ -> es */
	RULE(ends_with_alt(s, len, "alias|tlas|gas|ris") ||
		 (len >= 3 && ends_with(s, len, "us") && !char_in(s[len - 3], "aou")), len, "es");
	/* (\w*(ax|test))is$ -> es */
	RULE(ends_with(s, len, "is") && ends_with_alt(s, len - 2, "ax|test"), len - 2, "es");
	/* (\w*([^aeiou]ese))$ -> "" */
	RULE(len >= 4 && ends_with(s, len, "ese") && !char_in(s[len - 4], "aeiou"), len, "");
	/* (\w*)s$ -> s */
	RULE(ends_with(s, len, "s"), len - 1, "s");
#undef RULE
	if (keep < 0)
		return psl_printf(arena, "%ss", s);
	return psl_printf(arena, "%.*s%s", keep, s, rep);
}

/*
 * The FK scalar fields Prisma infers for a relation: one per field of the
 * referenced model's first unique criteria, named
 * lowerFirst(Model) + upperFirst(field).
 */
static void
infer_scalars(Magic *m, InlineRel *r, PslVec *out)
{
	PslVec		crit = {NULL, 0, 0};
	int			i;

	first_unique_criteria(m, r->referenced, &crit);
	for (i = 0; i < crit.len; i++)
	{
		const char *fname = crit.items[i];
		Inferred   *inf = psl_alloc(m->arena, sizeof(Inferred));
		PslFieldAst *existing;

		inf->name = psl_printf(m->arena, "%c%s%c%s",
							   (r->referenced->name[0] >= 'A' && r->referenced->name[0] <= 'Z') ?
							   r->referenced->name[0] + 32 : r->referenced->name[0],
							   r->referenced->name + 1,
							   (fname[0] >= 'a' && fname[0] <= 'z') ? fname[0] - 32 : fname[0],
							   fname + 1);
		inf->blueprint = find_field(r->referenced, fname);
		existing = find_field(r->referencing, inf->name);
		if (existing && relation_target(m, existing) == NULL)
		{
			inf->exists = true;
			inf->optional = existing->arity == PSL_OPTIONAL;
		}
		else
			inf->optional = r->forward ? r->forward->arity == PSL_OPTIONAL : true;
		psl_vec_push(m->arena, out, inf);
	}
}

/* "fields: [a, b]" from the inferred scalars. */
static char *
fields_argument(Magic *m, PslVec *inferred)
{
	PslBuf		b;
	char	   *res;
	int			i;

	psl_buf_init(&b);
	psl_buf_puts(&b, "fields: [");
	for (i = 0; i < inferred->len; i++)
		psl_buf_printf(&b, "%s%s", i ? ", " : "", ((Inferred *) inferred->items[i])->name);
	psl_buf_putc(&b, ']');
	res = psl_buf_to_arena(&b, m->arena);
	psl_buf_free(&b);
	return res;
}

/* "references: [a, b]": the referenced model's first unique criteria. */
static char *
references_argument(Magic *m, InlineRel *r)
{
	PslVec		crit = {NULL, 0, 0};
	PslBuf		b;
	char	   *res;
	int			i;

	first_unique_criteria(m, r->referenced, &crit);
	psl_buf_init(&b);
	psl_buf_puts(&b, "references: [");
	for (i = 0; i < crit.len; i++)
		psl_buf_printf(&b, "%s%s", i ? ", " : "", (char *) crit.items[i]);
	psl_buf_putc(&b, ']');
	res = psl_buf_to_arena(&b, m->arena);
	psl_buf_free(&b);
	return res;
}

/* Offset of a model's closing brace. */
static int
model_close(PslTop *model)
{
	return model->span.end - 1;
}

/* Missing relation fields, then missing FK scalars, for one relation. */
static void
push_missing_fields(Magic *m, InlineRel *r)
{
	PslVec		inferred = {NULL, 0, 0};
	int			i;

	infer_scalars(m, r, &inferred);
	if (r->back == NULL)
	{
		char	   *name = camel_case(m->arena, r->referencing->name);

		if (!r->one_to_one)
			name = pluralize(m->arena, name);
		add_snippet(m, model_close(r->referenced),
					psl_printf(m->arena, "%s %s%s %s\n", name, r->referencing->name,
							   r->one_to_one ? "?" : "[]",
							   psl_find_attribute(&r->referencing->attributes, "ignore") ? "@ignore" : ""));
	}
	if (r->forward == NULL)
	{
		bool		all_required = true;

		for (i = 0; i < inferred.len; i++)
			if (((Inferred *) inferred.items[i])->optional)
				all_required = false;
		add_snippet(m, model_close(r->referencing),
					psl_printf(m->arena, "%s %s%s @relation(%s, %s)\n",
							   camel_case(m->arena, r->referenced->name),
							   r->referenced->name, all_required ? "" : "?",
							   fields_argument(m, &inferred),
							   references_argument(m, r)));
	}
	if (r->forward && relation_list_arg(r->forward, "fields"))
		return;
	for (i = 0; i < inferred.len; i++)
	{
		Inferred   *inf = inferred.items[i];
		PslFieldAst *bp = inf->blueprint;
		char	   *native = "";
		int			j;

		if (inf->exists)
			continue;
		if (bp == NULL || !bp->has_type || !is_builtin_scalar(bp->type_name))
			return;
		for (j = 0; j < bp->attributes.len; j++)
		{
			PslAttribute *a = bp->attributes.items[j];

			if (strchr(a->name, '.'))
			{
				native = psl_strndup(m->arena, m->src + a->span.start,
									 (size_t) (a->span.end - a->span.start));
				break;
			}
		}
		add_snippet(m, model_close(r->referencing),
					psl_printf(m->arena, "%s %s%s %s\n", inf->name, bp->type_name,
							   inf->optional ? "?" : "", native));
	}
}

/* A missing @relation, or missing fields/references arguments. */
static void
push_missing_relation_attribute(Magic *m, InlineRel *r)
{
	PslVec		inferred = {NULL, 0, 0};
	PslAttribute *a;
	char	   *args;

	if (r->forward == NULL)
		return;
	a = psl_find_attribute(&r->forward->attributes, "relation");
	infer_scalars(m, r, &inferred);
	if (a == NULL)
	{
		add_snippet(m, r->forward->type_span.end,
					psl_printf(m->arena, " @relation(%s, %s)",
							   fields_argument(m, &inferred),
							   references_argument(m, r)));
		return;
	}
	if (relation_list_arg(r->forward, "fields") == NULL &&
		relation_list_arg(r->forward, "references") == NULL)
		args = psl_printf(m->arena, "%s, %s", fields_argument(m, &inferred),
						  references_argument(m, r));
	else if (relation_list_arg(r->forward, "fields") == NULL)
		args = fields_argument(m, &inferred);
	else if (relation_list_arg(r->forward, "references") == NULL)
		args = references_argument(m, r);
	else
		return;
	if (a->args.len == 0)
		add_snippet(m, a->span.end, psl_printf(m->arena, "(%s)", args));
	else
		add_snippet(m, a->span.end - 1, psl_printf(m->arena, ", %s", args));
}

/* A name the parser database rejects (dash, leading digit). */
static bool
bad_name(const char *name)
{
	return name == NULL || strchr(name, '-') != NULL ||
		(name[0] >= '0' && name[0] <= '9');
}

/* Is the first argument of the attribute a string literal (if it has one)? */
static bool
string_arg_ok(PslAttribute *a, const char *name)
{
	PslArgument *arg = psl_attribute_arg(a, name, true);

	return arg == NULL || (arg->value && arg->value->kind == PSL_EXPR_STRING);
}

/* Do all the field names in the attribute's fields list exist in the model? */
static bool
attr_fields_exist(Magic *m, PslTop *t, PslAttribute *a)
{
	PslVec		names = {NULL, 0, 0};
	int			i;

	block_attr_fields(a, &names, m->arena);
	for (i = 0; i < names.len; i++)
		if (names.items[i] == NULL || find_field(t, names.items[i]) == NULL)
			return false;
	return true;
}

/* Can the @default value be used for a field of this type? */
static bool
default_ok(PslFieldAst *f, PslAttribute *def)
{
	PslArgument *arg = psl_attribute_arg(def, "value", true);
	const char *ty = f->type_name;
	PslExpr    *e;

	if (arg == NULL || arg->value == NULL)
		return false;
	e = arg->value;
	if (f->arity == PSL_LIST)
		return true;
	if (e->kind == PSL_EXPR_FUNCTION)
	{
		const char *fn = e->value;

		if (strcmp(fn, "dbgenerated") == 0 || strcmp(fn, "auto") == 0)
			return true;
		if (strcmp(fn, "autoincrement") == 0 || strcmp(fn, "sequence") == 0)
			return strcmp(ty, "Int") == 0 || strcmp(ty, "BigInt") == 0;
		if (strcmp(fn, "now") == 0)
			return strcmp(ty, "DateTime") == 0;
		if (strcmp(fn, "uuid") == 0 || strcmp(fn, "cuid") == 0 ||
			strcmp(fn, "nanoid") == 0 || strcmp(fn, "ulid") == 0)
			return strcmp(ty, "String") == 0;
		return false;
	}
	if (strcmp(ty, "String") == 0 || strcmp(ty, "DateTime") == 0 ||
		strcmp(ty, "Json") == 0 || strcmp(ty, "Bytes") == 0)
		return e->kind == PSL_EXPR_STRING;
	if (strcmp(ty, "Int") == 0 || strcmp(ty, "BigInt") == 0 ||
		strcmp(ty, "Float") == 0 || strcmp(ty, "Decimal") == 0)
		return e->kind == PSL_EXPR_NUMBER;
	if (strcmp(ty, "Boolean") == 0)
		return e->kind == PSL_EXPR_CONSTANT &&
			(strcmp(e->value, "true") == 0 || strcmp(e->value, "false") == 0);
	return true;
}

/* Field attributes the parser database resolves (besides @ds.Type). */
static bool
field_attr_ok(PslFieldAst *f, PslAttribute *a)
{
	static const char *const known[] = {
		"id", "unique", "default", "updatedAt", "map", "relation", "ignore",
		"shardKey", NULL
	};
	int			i;

	if (strchr(a->name, '.'))
		return true;
	for (i = 0; known[i]; i++)
		if (strcmp(a->name, known[i]) == 0)
			break;
	if (known[i] == NULL)
		return false;
	if (strcmp(a->name, "map") == 0)
		return string_arg_ok(a, "name");
	if (strcmp(a->name, "default") == 0)
		return default_ok(f, a);
	return true;
}

/* Block attributes the parser database resolves. */
static bool
block_attr_ok(Magic *m, PslTop *t, PslAttribute *a)
{
	if (strcmp(a->name, "id") == 0 || strcmp(a->name, "unique") == 0 ||
		strcmp(a->name, "index") == 0 || strcmp(a->name, "fulltext") == 0 ||
		strcmp(a->name, "shardKey") == 0)
		return attr_fields_exist(m, t, a);
	if (strcmp(a->name, "map") == 0 || strcmp(a->name, "schema") == 0)
		return string_arg_ok(a, "name");
	return strcmp(a->name, "ignore") == 0;
}

/*
 * Does the schema get through Prisma's parser database without errors?
 * Approximated: valid and unique names, known field types, and no @default
 * literal of the wrong kind.  The magic pass only runs when it does.
 */
static bool
schema_resolves(Magic *m, PslAst *ast)
{
	int			i,
				j;

	for (i = 0; i < ast->tops.len; i++)
	{
		PslTop	   *t = ast->tops.items[i];

		if (t->kind != PSL_TOP_MODEL && t->kind != PSL_TOP_VIEW &&
			t->kind != PSL_TOP_TYPE && t->kind != PSL_TOP_ENUM)
			continue;
		if (bad_name(t->name))
			return false;
		for (j = 0; j < i; j++)
		{
			PslTop	   *o = ast->tops.items[j];

			if ((o->kind == PSL_TOP_MODEL || o->kind == PSL_TOP_VIEW ||
				 o->kind == PSL_TOP_TYPE || o->kind == PSL_TOP_ENUM) &&
				strcmp(o->name, t->name) == 0)
				return false;
		}
		for (j = 0; j < t->values.len; j++)
			if (bad_name(((PslEnumValueAst *) t->values.items[j])->name))
				return false;
		for (j = 0; j < t->fields.len; j++)
		{
			PslFieldAst *f = t->fields.items[j];
			bool		known = false;
			int			k;

			if (!f->has_type || bad_name(f->name))
				return false;
			/* an @id field must be required */
			if (f->arity != PSL_REQUIRED && psl_find_attribute(&f->attributes, "id"))
				return false;
			for (k = 0; k < j; k++)
				if (strcmp(((PslFieldAst *) t->fields.items[k])->name, f->name) == 0)
					return false;
			if (is_builtin_scalar(f->type_name) || strcmp(f->type_name, "Unsupported") == 0)
				known = true;
			for (k = 0; k < ast->tops.len && !known; k++)
			{
				PslTop	   *o = ast->tops.items[k];

				if ((o->kind == PSL_TOP_MODEL || o->kind == PSL_TOP_VIEW ||
					 o->kind == PSL_TOP_TYPE || o->kind == PSL_TOP_ENUM) &&
					strcmp(o->name, f->type_name) == 0)
					known = true;
			}
			if (!known)
				return false;
			for (k = 0; k < f->attributes.len; k++)
				if (!field_attr_ok(f, f->attributes.items[k]))
					return false;
		}
		if (t->kind != PSL_TOP_ENUM)
			for (j = 0; j < t->attributes.len; j++)
				if (!block_attr_ok(m, t, t->attributes.items[j]))
					return false;
	}
	return true;
}

/* Find the inline relations the way the parser database does. */
static void
collect_relations(Magic *m, PslVec *rels)
{
	int			i,
				j,
				k;

	for (i = 0; i < m->models.len; i++)
	{
		PslTop	   *model = m->models.items[i];

		for (j = 0; j < model->fields.len; j++)
		{
			PslFieldAst *rf = model->fields.items[j];
			PslTop	   *target = relation_target(m, rf);
			PslFieldAst *opp = NULL;
			int			opp_index = -1;
			InlineRel  *r;

			if (target == NULL)
				continue;
			for (k = 0; k < target->fields.len; k++)
			{
				PslFieldAst *of = target->fields.items[k];

				if (of == rf || !of->has_type || strcmp(of->type_name, model->name) != 0)
					continue;
				if (strcmp(relation_name(of), relation_name(rf)) != 0)
					continue;
				opp = of;
				opp_index = k;
				break;
			}
			r = psl_alloc(m->arena, sizeof(InlineRel));
			if (rf->arity == PSL_LIST)
			{
				if (opp != NULL)
					continue;	/* m:n, or 1:n handled from the other side */
				r->referencing = target;
				r->referenced = model;
				r->back = rf;
			}
			else if (opp == NULL || opp->arity == PSL_LIST)
			{
				PslExpr    *fields = relation_list_arg(rf, "fields");

				r->referencing = model;
				r->referenced = target;
				r->forward = rf;
				r->back = opp;
				r->one_to_one = opp == NULL && fields != NULL &&
					fields_are_unique(m, model, fields);
			}
			else
			{
				/* 1:1: the side with `fields`, else the required side */
				bool		rf_fields = relation_list_arg(rf, "fields") != NULL;
				bool		opp_fields = relation_list_arg(opp, "fields") != NULL;
				bool		rf_first = target != model ? false : j < opp_index;

				if (target != model)
				{
					int			ti;

					for (ti = 0; ti < m->models.len && m->models.items[ti] != target; ti++)
						;
					rf_first = i < ti;
				}
				if (!rf_fields && opp_fields)
					continue;
				if (rf_fields && opp_fields && !rf_first)
					continue;
				if (!rf_fields && !opp_fields)
				{
					if (rf->arity == PSL_OPTIONAL && opp->arity == PSL_REQUIRED)
						continue;
					if (rf->arity == opp->arity && !rf_first)
						continue;
				}
				r->referencing = model;
				r->referenced = target;
				r->forward = rf;
				r->back = opp;
				r->one_to_one = true;
			}
			psl_vec_push(m->arena, rels, r);
		}
	}
}

/*
 * A copy of the text with slash-star comments blanked out (newlines kept,
 * so offsets do not move): Prisma accepts them, the regular parser does not.
 */
static char *
blank_block_comments(PslArena *arena, const char *text, int len)
{
	char	   *s = psl_strndup(arena, text, (size_t) len);
	int			i = 0;

	while (i < len)
	{
		if (s[i] == '"')
		{
			for (i++; i < len && s[i] != '"' && s[i] != '\n'; i++)
				if (s[i] == '\\' && i + 1 < len && s[i + 1] != '\n')
					i++;
			i++;
		}
		else if (s[i] == '/' && i + 1 < len && s[i + 1] == '/')
			while (i < len && s[i] != '\n')
				i++;
		else if (s[i] == '/' && i + 1 < len && s[i + 1] == '*')
		{
			const char *close = strstr(s + i + 2, "*/");
			int			end = close ? (int) (close - s) + 2 : len;

			for (; i < end; i++)
				if (s[i] != '\n' && s[i] != '\r')
					s[i] = ' ';
		}
		else
			i++;
	}
	return s;
}

/*
 * Pass 1: add the missing relation pieces to the text.  Returns the new
 * text (or the input when nothing is missing or the schema does not
 * resolve).
 */
static char *
add_missing_relation_bits(PslArena *arena, char *text, int *len)
{
	PslDiagnostics diags;
	PslAst	   *ast;
	Magic		m;
	PslVec		rels = {NULL, 0, 0};
	PslBuf		b;
	int			i,
				j,
				pos;
	char	   *res;

	psl_diag_init(&diags, arena, text, *len);
	ast = psl_parse(arena, blank_block_comments(arena, text, *len), *len, &diags);
	if (diags.nerrors > 0 || diags.has_syntax_error)
		return text;
	memset(&m, 0, sizeof(m));
	m.arena = arena;
	m.src = text;
	for (i = 0; i < ast->tops.len; i++)
	{
		PslTop	   *t = ast->tops.items[i];

		if (t->kind == PSL_TOP_MODEL)
			psl_vec_push(arena, &m.models, t);
	}
	if (!schema_resolves(&m, ast))
		return text;
	collect_relations(&m, &rels);
	for (i = 0; i < rels.len; i++)
		push_missing_fields(&m, rels.items[i]);
	for (i = 0; i < rels.len; i++)
		push_missing_relation_attribute(&m, rels.items[i]);
	if (m.snippets.len == 0)
		return text;
	/* stable sort by position */
	for (i = 1; i < m.snippets.len; i++)
	{
		Snippet    *x = m.snippets.items[i];

		for (j = i; j > 0 && ((Snippet *) m.snippets.items[j - 1])->pos > x->pos; j--)
			m.snippets.items[j] = m.snippets.items[j - 1];
		m.snippets.items[j] = x;
	}
	psl_buf_init(&b);
	pos = 0;
	for (i = 0; i < m.snippets.len; i++)
	{
		Snippet    *sn = m.snippets.items[i];

		psl_buf_putn(&b, text + pos, (size_t) (sn->pos - pos));
		psl_buf_puts(&b, sn->text);
		pos = sn->pos;
	}
	psl_buf_putn(&b, text + pos, (size_t) (*len - pos));
	*len = (int) b.len;
	res = psl_buf_to_arena(&b, arena);
	psl_buf_free(&b);
	return res;
}

/*
 * Turn lone CRs into LFs (offsets do not move).  CRLF stays: Prisma keeps
 * the CR in lines it copies verbatim.
 */
static char *
normalise_newlines(PslArena *arena, const char *source, int len, int *out_len)
{
	char	   *s = psl_alloc(arena, (size_t) len + 1);
	int			i,
				o = 0;

	for (i = 0; i < len; i++)
	{
		if (source[i] == '\r' && (i + 1 >= len || source[i + 1] != '\n'))
			s[o++] = '\n';
		else
			s[o++] = source[i];
	}
	s[o] = '\0';
	*out_len = o;
	return s;
}

char *
psl_format(PslArena *arena, const char *source, int len, PslDiagnostics *diags)
{
	int			n;
	char	   *text;

	if (len > FMT_MAX_SOURCE)
	{
		PslSpan		s = {0, 0};

		psl_error(diags, s, "The schema is too large to format (the limit is %d bytes).",
				  FMT_MAX_SOURCE);
		return NULL;
	}
	text = normalise_newlines(arena, source, len, &n);
	text = add_missing_relation_bits(arena, text, &n);
	return reformat(arena, text, n);
}
