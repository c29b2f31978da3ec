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

static int
line_end(Scan *sc, int p)
{
	while (p < sc->n && sc->s[p] != '\n')
		p++;
	return p;
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
	size_t		mark = out->len;
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
	(void) mark;
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
		int			e = line_end(sc, p);

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
	return (p < sc->n && sc->s[p] == '\n') ? p + 1 : -1;
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
	char	   *comment = NULL;

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
	q = skip_ws(sc, q);
	r = p_trailing_comment(sc, q, &comment);
	if (r >= 0)
		q = skip_ws(sc, r);
	it->suffix = comment;
	return p_newline(sc, q);
}

/* enum_value_declaration = identifier field_attribute* trailing_comment? NEWLINE */
static int
p_enum_value(Scan *sc, int p, Item *it)
{
	int			q = p_identifier(sc, p);
	PslVec		attrs = {NULL, 0, 0};
	int			r;
	char	   *comment = NULL;

	if (q < 0)
		return -1;
	it->cols[0] = dup_range(sc, p, q);
	q = p_field_attributes(sc, q, &attrs);
	it->cols[1] = join_attrs(sc, &attrs, false);
	it->ncols = 2;
	q = skip_ws(sc, q);
	r = p_trailing_comment(sc, q, &comment);
	if (r >= 0)
		q = skip_ws(sc, r);
	it->suffix = comment;
	return p_newline(sc, q);
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
	int			q,
				r;
	char	   *comment = NULL;

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
	q = skip_ws(sc, q);
	r = p_trailing_comment(sc, q, &comment);
	if (r >= 0)
		q = skip_ws(sc, r);
	it->suffix = comment;
	return p_newline(sc, q);
}

/*
 * Normalise a slash-star comment into the lines "/" "**", " * line"...,
 * " *" "/": each inner line is trimmed, loses one leading `*` and the
 * blanks after it, and is dropped when nothing is left.
 */
static void
multiline_comment_lines(Scan *sc, int from, int to, PslVec *lines)
{
	int			p = from + 2;
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
		while (z > a && (sc->s[z - 1] == ' ' || sc->s[z - 1] == '\t'))
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

	for (;;)
	{
		int			q = skip_ws(sc, p);

		if (at(sc, q, "//"))
		{
			int			e = line_end(sc, q);

			psl_vec_push(sc->arena, &it->lines, dup_range(sc, q, e));
			p = e;
		}
		else if (at(sc, q, "/*"))
		{
			const char *close = strstr(sc->s + q + 2, "*/");

			if (close == NULL)
				break;
			multiline_comment_lines(sc, q, (int) (close - sc->s) + 2, &it->lines);
			p = (int) (close - sc->s) + 2;
		}
		else
			break;
		if (p < sc->n && sc->s[p] == '\n')
			p++;
	}
	return p > start ? p : -1;
}

/* empty_lines = (WHITESPACE* NEWLINE)+ ; p is after the implicit whitespace. */
static int
p_empty_lines(Scan *sc, int p)
{
	int			q;

	if (p >= sc->n || sc->s[p] != '\n')
		return -1;
	p++;
	while ((q = skip_ws(sc, p)) < sc->n && sc->s[q] == '\n')
		p = q + 1;
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
	PslVec		ranks = {NULL, 0, 0};
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
	(void) ranks;
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
	if (skip_ws(sc, q) < sc->n && sc->s[skip_ws(sc, q)] != '\n')
		return -1;
	q = line_end(sc, q);
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
	/* no blank lines at the start, exactly one newline at the end */
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
	if (end == start)
		res[0] = '\0';
	psl_buf_free(&out);
	return res;
}

/* Convert CRLF and CR line endings to LF. */
static char *
normalise_newlines(PslArena *arena, const char *source, int len, int *out_len)
{
	char	   *s = psl_alloc(arena, (size_t) len + 1);
	int			i,
				o = 0;

	for (i = 0; i < len; i++)
	{
		if (source[i] == '\r')
		{
			s[o++] = '\n';
			if (i + 1 < len && source[i + 1] == '\n')
				i++;
		}
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
	return reformat(arena, text, n);
}
